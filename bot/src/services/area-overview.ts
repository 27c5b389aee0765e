import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { AreaHeadsResponse, AreaOverviewResponse, CompletedWork, GoodExamplesResponse, UnitRow } from '../contract/area';
import { formatDate } from '../cards/meeting-format';
import type { Area } from '../domain/council';
import { ConflictError, ForbiddenError, NotFoundError } from '../domain/errors';
import { missingMonths } from '../domain/follow-up';
import { instantOf, localPartsOf } from '../domain/local-time';
import { authorize, can, type Actor } from '../domain/policies';
import type { MessageKey } from '../i18n';
import type { Db } from '../store/db';
import {
  listAreaHeads, listCompletedWorks, listUnitFigures, replaceAreaHeads, setGoodExample, type AreaHeadRow, type CompletedWorkRow, type UnitFigures,
} from '../store/area-repository';
import { findCouncilById } from '../store/council-repository';
import { findSubAssignment } from '../store/sub-assignment-repository';
import type { Speech } from './follow-up-reader';
import type { Clock } from './ports';

/** What the area head's overview needs. */
export interface AreaDeps {
  db: Db;
  clock: Clock;
  /** The tenant's app admins, by Entra object id (`APP_ADMIN_IDS`). */
  adminIds: readonly string[];
  /** The monthly reporting day (nth working day). */
  reportingWorkday: number;
}

/** The areas of the tenant the actor may follow, by the one set of policies. */
async function areasFollowedBy(db: Db, actor: Actor): Promise<{ areas: Area[]; heads: AreaHeadRow[] }> {
  const heads = await listAreaHeads(db, actor.tenantId);
  const areas = [...new Set(heads.map((h) => h.area))].filter((area) =>
    can(actor, 'followArea', { tenantId: actor.tenantId, headIds: heads.filter((h) => h.area === area).map((h) => h.aadObjectId) }));
  return { areas, heads };
}

const isAdmin = (deps: AreaDeps, actor: Actor) => can(actor, 'administer', { tenantId: actor.tenantId, adminIds: deps.adminIds });

function unitRow(u: UnitFigures, year: number, now: Date, workday: number): UnitRow {
  const today = localPartsOf(now, u.timeZone).date;
  const created = localPartsOf(u.councilCreatedAt, u.timeZone).date;
  const due = missingMonths({ year, today, since: created > `${year}-01-01` ? created : `${year}-01-01`, assessed: new Set(), workday });
  const assessed = new Set(u.monthsAssessed);
  const deadline = instantOf(`${year}-02-01`, '00:00', u.timeZone);
  return {
    councilId: u.councilId, unitName: u.unitName, area: u.area,
    scheduleInPlace: Boolean(u.scheduleSavedAt && u.scheduleSavedAt < deadline && u.meetingsPlanned >= 8),
    meetingsPlanned: u.meetingsPlanned, meetingsHeld: u.meetingsHeld,
    monthsDue: due.length, monthsAssessed: due.filter((m) => assessed.has(m)).length,
    worksOngoing: u.worksOngoing, worksCompleted: u.worksCompleted,
  };
}

/**
 * The area head's overview: every unit's council of the areas they head, in figures. An admin who
 * heads no area sees an empty table (and the admin page); anyone else is refused.
 */
export async function readAreaOverview(deps: AreaDeps, actor: Actor, year: number): Promise<AreaOverviewResponse> {
  const { areas } = await areasFollowedBy(deps.db, actor);
  const admin = isAdmin(deps, actor);
  if (areas.length === 0 && !admin) throw new ForbiddenError('forbidden.followArea');
  const now = deps.clock.now();
  const units = areas.length ? await listUnitFigures(deps.db, actor.tenantId, areas, year, now) : [];
  return { year, areas, admin, units: units.map((u) => unitRow(u, year, now, deps.reportingWorkday)) };
}

const completedWork = (w: CompletedWorkRow): CompletedWork => ({
  subAssignmentId: w.subAssignmentId, councilId: w.councilId, unitName: w.unitName, area: w.area, name: w.name, purpose: w.purpose,
  finalReport: w.finalReport, completedAt: w.completedAt.toISOString(), timeZone: w.timeZone, latest: 'done', chosen: w.chosen,
});

/** The completed works of the year in the actor's areas, the chosen good examples marked. */
export async function readGoodExamples(deps: AreaDeps, actor: Actor, year: number): Promise<GoodExamplesResponse> {
  const { areas } = await areasFollowedBy(deps.db, actor);
  if (areas.length === 0) throw new ForbiddenError('forbidden.followArea');
  return { year, works: (await listCompletedWorks(deps.db, actor.tenantId, areas, year)).map(completedWork) };
}

/** The area head picks a completed work of one of their units as a good example, or unpicks it. */
export async function chooseGoodExample(deps: AreaDeps, actor: Actor, subAssignmentId: string, chosen: boolean): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const work = await findSubAssignment(tx, actor.tenantId, subAssignmentId);
    const council = work && (await findCouncilById(tx, actor.tenantId, work.councilId));
    if (!work || !council) throw new NotFoundError('followUp.notFound');
    const heads = (await listAreaHeads(tx, actor.tenantId)).filter((h) => h.area === council.area);
    authorize(actor, 'followArea', { tenantId: actor.tenantId, headIds: heads.map((h) => h.aadObjectId) });
    if (work.kind !== 'improvement' || work.status !== 'completed') throw new ConflictError('area.goodExample.notCompleted');
    await setGoodExample(tx, { tenantId: actor.tenantId, subAssignmentId: work.id, year: work.year, chosen, byName: actor.name, at: deps.clock.now() });
  });
}

/** The area heads of the tenant, for its app admins. */
export async function readAreaHeads(deps: AreaDeps, actor: Actor): Promise<AreaHeadsResponse> {
  authorize(actor, 'administer', { tenantId: actor.tenantId, adminIds: deps.adminIds });
  return { heads: await listAreaHeads(deps.db, actor.tenantId) };
}

/** An app admin names the heads of one area (replacing the ones named before). */
export async function setAreaHeads(deps: AreaDeps, actor: Actor, area: Area, heads: { aadObjectId: string; name: string }[]): Promise<AreaHeadsResponse> {
  authorize(actor, 'administer', { tenantId: actor.tenantId, adminIds: deps.adminIds });
  const unique = [...new Map(heads.map((h) => [h.aadObjectId, h])).values()];
  await deps.db.transaction((tx) => replaceAreaHeads(tx, actor.tenantId, area, unique, actor.name, deps.clock.now()));
  return { heads: await listAreaHeads(deps.db, actor.tenantId) };
}

/**
 * The chosen good examples of the year as one Word document for the SAS (socialt ansvarig samordnare),
 * to lift into the year's quality report (docs/domain.md#year-end-and-good-examples): per work its unit,
 * purpose and problem, goal and measure, and final report.
 */
export async function goodExamplesDocument(deps: AreaDeps, actor: Actor, year: number, { tr, locale }: Speech): Promise<{ file: Buffer; fileName: string }> {
  const { areas } = await areasFollowedBy(deps.db, actor);
  if (areas.length === 0) throw new ForbiddenError('forbidden.followArea');
  const works = await listCompletedWorks(deps.db, actor.tenantId, areas, year, { chosenOnly: true });
  const section = (key: MessageKey, text: string) => [
    new Paragraph({ text: tr(key), heading: HeadingLevel.HEADING_2 }),
    ...(text.trim() ? text.split(/\r?\n/) : [tr('minutes.empty')]).map((line) => new Paragraph({ text: line })),
  ];
  const children = [
    new Paragraph({ text: tr('area.document.title', { year }), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: tr('area.document.intro', { count: works.length, areas: areas.map((a) => tr(`area.${a}` as MessageKey)).join(', ') }), italics: true })] }),
    ...works.flatMap((w) => [
      new Paragraph({ text: `${w.unitName}: ${w.name}`, heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new TextRun({ text: tr('area.document.completed', { date: formatDate(w.completedAt, w.timeZone, locale) }), italics: true })] }),
      ...section('field.purpose', w.purpose),
      ...section('field.goal', [w.goal, w.measure].filter(Boolean).join('\n')),
      ...section('field.finalReport', w.finalReport),
    ]),
  ];
  const document = new Document({ creator: 'Kvalitetsråd', title: tr('area.document.title', { year }), sections: [{ children }] });
  return { file: await Packer.toBuffer(document), fileName: `Goda-exempel-${year}.docx` };
}
