import { CouncilDraftSchema, assignRoles, sizeAdvice } from '../../../bot/src/domain/council';
import { ValidationError } from '../../../bot/src/domain/errors';
import { authorize, can } from '../../../bot/src/domain/policies';
import { parseOrThrow } from '../../../bot/src/domain/validation';
import { buildActor, buildCouncil, buildPerson } from '../../helpers/factories';
import { thrownBy } from '../../helpers/matchers';

const draft = { unitName: '  Solgården  ', area: 'hemvard', timeZone: '', managerIds: ['a'], memberIds: ['b', 'c'] };

describe('council draft rules', () => {
  it('trims the name and defaults the time zone to Europe/Stockholm', () => {
    expect(parseOrThrow(CouncilDraftSchema, draft)).toMatchObject({ unitName: 'Solgården', timeZone: 'Europe/Stockholm' });
  });

  it.each([
    [{ unitName: '' }, 'council.unitName.required', 'unitName'],
    [{ unitName: 'x' }, 'council.unitName.tooShort', 'unitName'],
    [{ unitName: 'x'.repeat(121) }, 'council.unitName.tooLong', 'unitName'],
    [{ area: 'akutsjukvård' }, 'council.area.invalid', 'area'],
    [{ timeZone: 'Mars/Olympus' }, 'council.timeZone.invalid', 'timeZone'],
    [{ managerIds: [] }, 'council.managers.required', 'managerIds'],
  ])('refuses %j with %s on %s', (change, key, field) => {
    try {
      parseOrThrow(CouncilDraftSchema, { ...draft, ...change });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ messageKey: key, field });
    }
  });

  it('advises 6–10 participants, counting someone chosen twice once', () => {
    expect(sizeAdvice(['a'], ['b', 'c', 'd', 'e'])).toBe('tooFew');
    expect(sizeAdvice(['a'], ['a', 'b', 'c', 'd', 'e', 'f'])).toBeUndefined();
    expect(sizeAdvice(['a', 'b'], ['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])).toBeUndefined();
    expect(sizeAdvice(['a'], ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'])).toBe('tooMany');
  });

  it('makes someone chosen as both manager and member a manager, and reports unknown ids', () => {
    const anna = buildPerson({ name: 'Anna' });
    const bengt = buildPerson({ name: 'Bengt' });
    const people = new Map([anna, bengt].map((p) => [p.aadObjectId, p]));
    const roles = assignRoles({ managerIds: [anna.aadObjectId], memberIds: [anna.aadObjectId, bengt.aadObjectId, 'ghost'] }, people);
    expect(roles.managers).toEqual([anna]);
    expect(roles.members).toEqual([bengt]);
    expect(roles.unknownIds).toEqual(['ghost']);
  });
});

describe('council policies', () => {
  const council = buildCouncil();
  const manager = buildActor(council.managers[0]);
  const member = buildActor(council.members[0]);

  it('lets the council’s managers change it, and nobody else', () => {
    expect(can(manager, 'update', council)).toBe(true);
    expect(can(member, 'update', council)).toBe(false);
    expect(thrownBy(() => authorize(member, 'update', council))).toMatchObject({ code: 'Forbidden', messageKey: 'forbidden.update' });
  });

  it('keeps tenants apart even for a manager id', () => {
    const sameIdOtherTenant = { ...manager, tenantId: '11111111-2222-4333-8444-555555555555' };
    expect(can(sameIdOtherTenant, 'update', council)).toBe(false);
    expect(can(sameIdOtherTenant, 'view', council)).toBe(false);
    expect(can(member, 'view', council)).toBe(true);
  });

  it('lets a team member set up a channel’s first council in their own tenant only', () => {
    const channel = { tenantId: council.tenantId, teamId: council.teamId, channelId: 'c' };
    expect(can(member, 'createCouncil', channel)).toBe(true);
    expect(can({ ...member, tenantId: 'other' }, 'createCouncil', channel)).toBe(false);
  });
});
