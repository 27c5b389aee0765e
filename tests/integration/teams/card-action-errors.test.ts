import { TabWorld } from '../../helpers/tab-world';
import { people } from '../../helpers/teams-world';

const TRY_AGAIN = 'Något gick fel hos Kvalitetsråd just nu. Försök igen om en stund.';
const STACK = /at .*\.[jt]s:\d+|Error:|node_modules/;

describe('a card action and a tab API route refuse alike (one catalogue, one presenter)', () => {
  const tab = new TabWorld();
  let councilId: string;
  beforeAll(async () => {
    await tab.start('pglite');
    await tab.world.setClock('2026-11-24T12:00:00Z');
    councilId = await tab.startCouncil();
  });
  afterAll(() => tab.stop());

  /** `@Kvalitetsråd anteckningar` in the channel: the minutes' id and their card's. */
  async function openMinutes() {
    await tab.world.send(tab.world.channelMessage('anteckningar', people.anna));
    const [row] = await tab.world.app.db.query<{ id: string; card_activity_id: string }>('select id, card_activity_id from minutes');
    return { minutesId: row!.id, cardId: row!.card_activity_id };
  }

  it("answers a policy's refusal with code Forbidden and the reason in Swedish, on a card as in the API", async () => {
    const { minutesId, cardId } = await openMinutes();
    const card = await tab.world.send(tab.world.invoke('minutes.approve', { minutesId, version: 1 }, people.bengt, cardId));
    expect(card.body).toEqual({
      statusCode: 403,
      type: 'application/vnd.microsoft.error',
      value: { code: 'Forbidden', message: 'Bara rådets enhetschefer kan godkänna anteckningarna.' },
    });
    const api = await tab.call('POST', `/api/councils/${councilId}/calendar`, await tab.token(people.bengt), { year: 2027 });
    expect({ status: api.status, body: api.body }).toEqual({
      status: 403,
      body: { code: 'Forbidden', message: 'Bara rådets enhetschefer kan planera och ändra tidsplanen.' },
    });
  });

  it('answers an unexpected failure with InternalError and "försök igen", on a card as in the API, never a stack', async () => {
    const { minutesId, cardId } = await openMinutes();
    const bearer = await tab.token(people.anna);
    await tab.world.app.db.close(); // the store stops answering: an error no catalogue entry describes
    const card = await tab.world.send(tab.world.invoke('minutes.refresh', { minutesId }, people.anna, cardId));
    expect(card.body).toEqual({ statusCode: 500, type: 'application/vnd.microsoft.error', value: { code: 'InternalError', message: TRY_AGAIN } });
    const api = await tab.call('GET', `/api/councils/${councilId}/overview`, bearer);
    expect({ status: api.status, body: api.body }).toEqual({ status: 500, body: { code: 'InternalError', message: TRY_AGAIN } });
    expect(JSON.stringify([card.body, api.body])).not.toMatch(STACK);
  });
});
