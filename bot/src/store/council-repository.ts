import type { Area, Council, Person } from '../domain/council';
import { ConflictError } from '../domain/errors';
import type { Db } from './db';

interface CouncilRow {
  [key: string]: unknown;
  id: string;
  tenant_id: string;
  team_id: string;
  channel_id: string;
  unit_name: string;
  area: string;
  time_zone: string;
  status: 'active' | 'inactive';
  version: number;
  card_activity_id: string | null;
  created_at: Date;
  updated_at: Date;
}

/** One person as the council query aggregates them (json_agg). */
interface PersonRow {
  aad_object_id: string;
  teams_user_id: string;
  name: string;
  role: 'manager' | 'member';
}

type CouncilWithPeopleRow = CouncilRow & { people: PersonRow[] | string };

/** A council row with its people in position order, in one round trip (every bot turn reads one). */
const COUNCIL_WITH_PEOPLE = `select c.*, coalesce((
    select json_agg(json_build_object('aad_object_id', p.aad_object_id, 'teams_user_id', p.teams_user_id, 'name', p.name, 'role', p.role)
                    order by p.position)
      from council_person p where p.tenant_id = c.tenant_id and p.council_id = c.id), '[]') as people
  from council c`;

/** Finds the council set up in a channel, whatever its status. */
export async function findCouncilByChannel(db: Db, tenantId: string, channelId: string): Promise<Council | undefined> {
  const rows = await db.query<CouncilWithPeopleRow>(`${COUNCIL_WITH_PEOPLE} where c.tenant_id = $1 and c.channel_id = $2`, [tenantId, channelId]);
  return rows[0] && toCouncil(rows[0], peopleOf(rows[0].people));
}

/** Finds a council by id within the tenant. */
export async function findCouncilById(db: Db, tenantId: string, id: string): Promise<Council | undefined> {
  const rows = await db.query<CouncilWithPeopleRow>(`${COUNCIL_WITH_PEOPLE} where c.tenant_id = $1 and c.id = $2`, [tenantId, id]);
  return rows[0] && toCouncil(rows[0], peopleOf(rows[0].people));
}

/** Councils by id, across tenants, for jobs that plan many councils' posts at once (each row carries its tenant). */
export async function listCouncilsByIds(db: Db, ids: readonly string[]): Promise<Council[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<CouncilWithPeopleRow>(`${COUNCIL_WITH_PEOPLE} where c.id = any($1::uuid[])`, [ids]);
  return rows.map((r) => toCouncil(r, peopleOf(r.people)));
}

/** The drivers hand json back parsed (pg) or as text (some PGlite paths); both end as rows. */
function peopleOf(value: PersonRow[] | string): PersonRow[] {
  return typeof value === 'string' ? (JSON.parse(value) as PersonRow[]) : value;
}

/** Lists the councils of one team (several units may share a team, one channel each). */
export async function listCouncilsOfTeam(db: Db, tenantId: string, teamId: string): Promise<Council[]> {
  const rows = await db.query<CouncilWithPeopleRow>(`${COUNCIL_WITH_PEOPLE} where c.tenant_id = $1 and c.team_id = $2 order by c.unit_name`, [
    tenantId,
    teamId,
  ]);
  return rows.map((row) => toCouncil(row, peopleOf(row.people)));
}

/** Inserts a new council with its people; a second council in the same channel is a `ConflictError`. */
export async function insertCouncil(db: Db, council: Council): Promise<void> {
  await db.transaction(async (tx) => {
    const inserted = await tx.query(
      `insert into council (id, tenant_id, team_id, channel_id, unit_name, area, time_zone, status, version,
                            card_activity_id, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       on conflict (tenant_id, channel_id) do nothing
       returning id`,
      [
        council.id,
        council.tenantId,
        council.teamId,
        council.channelId,
        council.unitName,
        council.area,
        council.timeZone,
        council.status,
        council.version,
        council.cardActivityId ?? null,
        council.createdAt,
        council.updatedAt,
      ],
    );
    if (inserted.length === 0) throw new ConflictError('council.exists');
    await insertPeople(tx, council);
  });
}

/**
 * Writes a changed council if nobody changed it since `expectedVersion`; the stored version becomes
 * `council.version`. A stale write is a `ConflictError` and changes nothing.
 */
export async function updateCouncil(db: Db, council: Council, expectedVersion: number): Promise<void> {
  await db.transaction(async (tx) => {
    const updated = await tx.query(
      `update council set unit_name = $3, area = $4, time_zone = $5, status = $6, version = $7,
              card_activity_id = $8, updated_at = $9
        where tenant_id = $1 and id = $2 and version = $10
        returning id`,
      [
        council.tenantId,
        council.id,
        council.unitName,
        council.area,
        council.timeZone,
        council.status,
        council.version,
        council.cardActivityId ?? null,
        council.updatedAt,
        expectedVersion,
      ],
    );
    if (updated.length === 0) throw new ConflictError('council.stale');
    await tx.query('delete from council_person where tenant_id = $1 and council_id = $2', [council.tenantId, council.id]);
    await insertPeople(tx, council);
  });
}

/** Sets the status of every council of a team (uninstall makes them inactive, reinstall active). */
export async function setTeamCouncilsStatus(db: Db, tenantId: string, teamId: string, status: Council['status'], at: Date): Promise<number> {
  const rows = await db.query(
    `update council set status = $3, version = version + 1, updated_at = $4
      where tenant_id = $1 and team_id = $2 and status <> $3 returning id`,
    [tenantId, teamId, status, at],
  );
  return rows.length;
}

async function insertPeople(db: Db, council: Council): Promise<void> {
  const people = [
    ...council.managers.map((p) => ({ ...p, role: 'manager' as const })),
    ...council.members.map((p) => ({ ...p, role: 'member' as const })),
  ];
  if (people.length === 0) return;
  const values: unknown[] = [];
  const tuples = people.map((p, i) => {
    values.push(council.tenantId, council.id, p.aadObjectId, p.teamsUserId, p.name, p.role, i);
    const o = i * 7;
    return `($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5}, $${o + 6}, $${o + 7})`;
  });
  await db.query(
    `insert into council_person (tenant_id, council_id, aad_object_id, teams_user_id, name, role, position)
     values ${tuples.join(', ')}`,
    values,
  );
}

function toCouncil(row: CouncilRow, people: readonly PersonRow[]): Council {
  const toPerson = (p: PersonRow): Person => ({ aadObjectId: p.aad_object_id, teamsUserId: p.teams_user_id, name: p.name });
  return {
    id: row.id,
    tenantId: row.tenant_id,
    teamId: row.team_id,
    channelId: row.channel_id,
    unitName: row.unit_name,
    area: row.area as Area,
    timeZone: row.time_zone,
    status: row.status,
    managers: people.filter((p) => p.role === 'manager').map(toPerson),
    members: people.filter((p) => p.role === 'member').map(toPerson),
    version: row.version,
    cardActivityId: row.card_activity_id ?? undefined,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

/** The active councils where this person leads or is a member, with their role there. */
export async function listCouncilsOfPerson(
  db: Db,
  tenantId: string,
  aadObjectId: string,
): Promise<{ council: Council; role: 'manager' | 'member' }[]> {
  const rows = await db.query<CouncilWithPeopleRow & { my_role: 'manager' | 'member' }>(
    `${COUNCIL_WITH_PEOPLE.replace(
      'from council c',
      `, me.role as my_role from council c
       join council_person me on me.tenant_id = c.tenant_id and me.council_id = c.id and me.aad_object_id = $2`,
    )}
      where c.tenant_id = $1 and c.status = 'active' order by c.unit_name`,
    [tenantId, aadObjectId],
  );
  return rows.map((row) => ({ council: toCouncil(row, peopleOf(row.people)), role: row.my_role }));
}

/** Everyone on an active council or named area head, across tenants: local mode's list of people to sign in as. */
export async function listCouncilPeopleForLocalSignIn(db: Db): Promise<{ tenantId: string; aadObjectId: string; name: string }[]> {
  const rows = await db.query<{ tenant_id: string; aad_object_id: string; name: string }>(
    `select distinct on (tenant_id, aad_object_id) tenant_id, aad_object_id, name from (
       select p.tenant_id, p.aad_object_id, p.name, c.updated_at as at
         from council_person p join council c on c.tenant_id = p.tenant_id and c.id = p.council_id where c.status = 'active'
       union all
       select tenant_id, aad_object_id, name, assigned_at from area_head
     ) people order by tenant_id, aad_object_id, at desc`,
  );
  return rows.map((r) => ({ tenantId: r.tenant_id, aadObjectId: r.aad_object_id, name: r.name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
