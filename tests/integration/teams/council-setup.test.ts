import { findCouncilByChannel } from '../../../bot/src/store/council-repository';
import { findReference } from '../../../bot/src/store/installation-repository';
import { TENANT } from '../../helpers/factories';
import { CHANNEL_ID, TEAM_ID, TeamsWorld, cardOf, councilFormData, people, textOf } from '../../helpers/teams-world';

const everyone = Object.values(people);
const validForm = councilFormData;

describe('council set-up in the channel (real server, loopback connector)', () => {
  let world: TeamsWorld;
  beforeEach(async () => {
    world = await new TeamsWorld().start();
  });
  afterEach(async () => {
    await world.stop();
  });

  const council = () => findCouncilByChannel(world.app.db, TENANT, CHANNEL_ID);

  it('posts the welcome card and keeps the conversation references when installed in the team', async () => {
    const { status } = await world.send(world.installationUpdate('add'));
    expect(status).toBe(200);
    const welcome = textOf(cardOf(world.connector.posts[0]?.body));
    expect(welcome).toContain('Välkommen till Kvalitetsråd');
    expect(welcome).toContain('Starta kvalitetsråd');
    expect(world.connector.posts).toHaveLength(1);
    expect(await findReference(world.app.db, TENANT, CHANNEL_ID)).toMatchObject({ kind: 'channel', teamId: TEAM_ID });
    expect(await findReference(world.app.db, TENANT, TEAM_ID)).toMatchObject({ kind: 'channel', name: 'General' });
  });

  it('answers "Starta kvalitetsråd" with a form listing the team and the presser as manager', async () => {
    const { body } = await world.send(world.invoke('council.start', {}));
    const form = cardOf(body);
    const text = textOf(form);
    for (const person of everyone) expect(text).toContain(person.name);
    expect(text).toContain('Enhetens namn');
    const managers = (form!.body as { id?: string; value?: string }[]).find((e) => e.id === 'managerIds');
    expect(managers?.value).toBe(people.anna.aadObjectId);
  });

  it('saves the council, answers the summary and updates the channel card for everyone', async () => {
    const { body } = await world.send(world.invoke('council.save', validForm, people.anna, 'welcome-card-7'));
    const summary = textOf(cardOf(body));
    expect(summary).toContain('Kvalitetsråd – Solgårdens vård- och omsorgsboende');
    expect(summary).toContain('Särskilt boende');
    expect(summary).toContain('6 personer');
    expect(summary).not.toContain('Rekommendationen'); // 6 is within 6–10
    expect(world.connector.updates).toHaveLength(1);
    expect(world.connector.updates[0]!.activityId).toBe('welcome-card-7');
    const saved = await council();
    expect(saved).toMatchObject({ unitName: validForm.unitName, area: 'sarskilt-boende', status: 'active', version: 1 });
    expect(saved!.managers.map((m) => m.name)).toEqual(['Anna Lindqvist']);
    expect(saved!.members).toHaveLength(5);
  });

  it('says so when the council is outside 6–10 people, and still saves it', async () => {
    const { body } = await world.send(world.invoke('council.save', { ...validForm, memberIds: people.bengt.aadObjectId }));
    expect(textOf(cardOf(body))).toContain('Rådet har färre än 6 deltagare');
    expect((await council())?.members).toHaveLength(1);
  });

  it('refuses a form without a name or manager with a Swedish message, keeps the input and stores nothing', async () => {
    const { body } = await world.send(world.invoke('council.save', { ...validForm, unitName: '' }));
    const form = cardOf(body)!;
    expect(textOf(form)).toContain('Skriv enhetens namn.');
    const area = (form.body as { id?: string; value?: string }[]).find((e) => e.id === 'area');
    expect(area?.value).toBe('sarskilt-boende');

    const noManager = await world.send(world.invoke('council.save', { ...validForm, managerIds: '' }));
    expect(textOf(cardOf(noManager.body))).toContain('Välj minst en enhetschef');
    expect(await council()).toBeUndefined();
    expect(world.connector.updates).toHaveLength(0);
  });

  it('handles a repeated delivery of the same save once', async () => {
    const activity = world.invoke('council.save', validForm);
    const first = await world.send(activity);
    const again = await world.send(activity);
    expect(cardOf(again.body)).toEqual(cardOf(first.body));
    expect((await council())?.version).toBe(1);
    expect(world.connector.updates).toHaveLength(1);
  });

  it('lets only a manager change the council, and only from the version they saw', async () => {
    await world.send(world.invoke('council.save', validForm));
    const id = (await council())!.id;

    const edit = await world.send(world.invoke('council.edit', { councilId: id }, people.bengt));
    expect(textOf(cardOf(edit.body))).toContain('Bara rådets enhetschefer kan ändra kvalitetsrådet.');
    const sneaky = await world.send(
      world.invoke('council.save', { ...validForm, councilId: id, version: '1', managerIds: people.bengt.aadObjectId }, people.bengt),
    );
    expect(textOf(cardOf(sneaky.body))).toContain('Bara rådets enhetschefer');
    expect((await council())!.managers.map((m) => m.name)).toEqual(['Anna Lindqvist']);

    const form = await world.send(world.invoke('council.edit', { councilId: id }, people.anna));
    expect(textOf(cardOf(form.body))).toContain('Ändra kvalitetsrådet');
    const changed = await world.send(world.invoke('council.save', { ...validForm, councilId: id, version: '1', unitName: 'Solgården' }));
    expect(textOf(cardOf(changed.body))).toContain('Kvalitetsråd – Solgården');
    const stale = await world.send(world.invoke('council.save', { ...validForm, councilId: id, version: '1', unitName: 'Solgården 2' }));
    const staleText = textOf(cardOf(stale.body));
    expect(staleText).toContain('Någon annan har ändrat rådet');
    expect(staleText).toContain('Solgården 2'); // what the user typed is kept
    expect(await council()).toMatchObject({ unitName: 'Solgården', version: 2 });
  });

  it('greets a reinstalled team with its council, and marks councils inactive on uninstall', async () => {
    await world.send(world.invoke('council.save', validForm));
    await world.send(world.installationUpdate('remove'));
    expect((await council())?.status).toBe('inactive');
    await world.send(world.installationUpdate('add'));
    expect((await council())?.status).toBe('active');
    expect(textOf(cardOf(world.connector.posts.at(-1)?.body))).toContain('Kvalitetsråd – Solgårdens');
  });

  it('answers a malformed card action with 400 and a Swedish message', async () => {
    const noAction = { ...world.invoke('council.save', {}), value: { nothing: true } };
    const { status, body } = await world.send(noAction);
    expect(status).toBe(200);
    expect(body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    expect((body as { value: { message: string } }).value.message).toContain('Kortet skickade uppgifter som jag inte förstår');
    const unknownVerb = await world.send(world.invoke('council.explode', {}));
    expect(unknownVerb.body).toMatchObject({ statusCode: 400 });
  });
});
