import { ConflictError, ForbiddenError, NotFoundError, PrivacyError, ValidationError } from '../../../bot/src/domain/errors';
import { ActivitiesOpenError } from '../../../bot/src/domain/follow-up';
import { translator } from '../../../bot/src/i18n';
import { describeError, presentError } from '../../../bot/src/presentation/error-presenter';
import { ConsentRequiredError, GraphTokenRefusedError, GraphUnavailableError } from '../../../bot/src/services/graph/graph-errors';
import { AuthenticationError, SignInUnavailableError } from '../../../bot/src/api/teams-sso';
import { DeliveryError } from '../../../bot/src/services/ports';

const sv = translator('sv');
const en = translator('en');

describe('the error presenter: one code set for every edge', () => {
  it.each<[string, Error, number, string, string | undefined]>([
    ['ValidationError', new ValidationError('followUp.required', { field: 'name' }, 'name'), 400, 'BadRequest', 'name'],
    ['ForbiddenError', new ForbiddenError('forbidden.update'), 403, 'Forbidden', undefined],
    ['NotFoundError', new NotFoundError('council.gone'), 404, 'NotFound', undefined],
    ['ConflictError', new ConflictError('council.stale'), 409, 'Conflict', undefined],
    ['ActivitiesOpenError', new ActivitiesOpenError(2), 409, 'ActivitiesOpen', 'finalReport'],
    ['ConsentRequiredError', new ConsentRequiredError('AADSTS65001'), 403, 'ConsentRequired', undefined],
    ['GraphUnavailableError', new GraphUnavailableError('timeout'), 503, 'ServiceUnavailable', undefined],
    ['GraphTokenRefusedError', new GraphTokenRefusedError('invalid_grant'), 401, 'Unauthorized', undefined],
    ['AuthenticationError', new AuthenticationError('no bearer token'), 401, 'Unauthorized', undefined],
    ['SignInUnavailableError', new SignInUnavailableError('metadata 500'), 503, 'ServiceUnavailable', undefined],
    ['DeliveryError', new DeliveryError('connector answered 502', 502), 503, 'ServiceUnavailable', undefined],
  ])('%s answers its own status, code and field', (_name, error, status, code, field) => {
    const presented = presentError(error, sv);
    expect(presented).toMatchObject({ status, code });
    expect(presented.field).toBe(field);
    expect(presented.message).not.toMatch(/^[a-z]+\.[a-zA-Z.]+$/); // a sentence, not a key
  });

  it('answers a council that is gone in Swedish and in English', () => {
    expect(presentError(new NotFoundError('council.gone'), sv).message).toBe('Kvalitetsrådet finns inte. Ladda om fliken.');
    expect(presentError(new NotFoundError('council.gone'), en).message).toBe('The quality council does not exist. Reload the tab.');
  });

  it('turns anything unknown into InternalError "försök igen" and one log line with name and message only', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'id')");
    const presented = presentError(error, sv);
    expect(presented).toEqual({
      status: 500,
      code: 'InternalError',
      message: 'Något gick fel hos Kvalitetsråd just nu. Försök igen om en stund.',
      log: { level: 'error', msg: 'internal error', fields: { code: 'InternalError', err: { name: 'TypeError', message: error.message } } },
    });
    expect(JSON.stringify(presented)).not.toContain('at ');
  });

  it("logs why a sign-in or Graph failed, never the user's words; a policy's refusal is not news for the log", () => {
    expect(describeError(new GraphUnavailableError('Graph answered 503')).log).toEqual({
      level: 'warn',
      msg: 'request refused',
      fields: { code: 'ServiceUnavailable', err: { name: 'GraphUnavailableError' }, reason: 'Graph answered 503' },
    });
    expect(describeError(new AuthenticationError('no bearer token')).log).toMatchObject({ level: 'info', msg: 'request not signed in' });
    expect(describeError(new ForbiddenError('forbidden.update')).log).toBeUndefined();
    const privacy = new PrivacyError('privacy.personnummer', { field: 'problem', from: 1, to: 13, text: '19121212-1212' }, 'problem');
    expect(JSON.stringify(describeError(privacy))).not.toContain('19121212');
  });

  it('does not repeat a personal identity number where the channel reads it', () => {
    const privacy = new PrivacyError('privacy.personnummer', { field: 'problem', from: 1, to: 13, text: '19121212-1212' }, 'problem');
    expect(presentError(privacy, sv).message).toContain('19121212-1212');
    const shared = presentError(privacy, sv, { shared: true });
    expect(shared).toMatchObject({ status: 400, code: 'BadRequest' });
    expect(shared.message).not.toContain('19121212-1212');
    expect(shared.message).toContain('tecken 1–13');
  });

  it('answers a message key the strings do not have with "försök igen", and logs the key', () => {
    const presented = presentError(new ConflictError('no.such.key'), sv);
    expect(presented).toMatchObject({ status: 409, code: 'Conflict', message: 'Något gick fel hos Kvalitetsråd just nu. Försök igen om en stund.' });
    expect(presented.log?.fields.err.message).toBe('no.such.key');
  });
});
