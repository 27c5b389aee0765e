import { AREAS, DEFAULT_TIME_ZONE, type Council, type Person } from '../domain/council';
import type { Translate } from '../i18n';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import templateJson from './templates/council-form.json';

const template = compileTemplate(templateJson);

/** What the set-up form shows; `values` are what the user typed, kept when a save is refused. */
export interface CouncilFormData {
  /** Absent when setting up a new council. */
  council?: Pick<Council, 'id' | 'version'>;
  people: readonly Person[];
  values: { unitName?: string; area?: string; timeZone?: string; managerIds?: readonly string[]; memberIds?: readonly string[] };
  /** The refusal to show above the fields, already translated. */
  error?: string;
  /** A softer note (e.g. the team's members could not be fetched). */
  notice?: string;
}

/** The values to pre-fill when a manager edits a council. */
export function formValuesOf(council: Council): CouncilFormData['values'] {
  return {
    unitName: council.unitName,
    area: council.area,
    timeZone: council.timeZone,
    managerIds: council.managers.map((p) => p.aadObjectId),
    memberIds: council.members.map((p) => p.aadObjectId),
  };
}

/** The set-up (or edit) form of a council. */
export function renderCouncilFormCard(tr: Translate, data: CouncilFormData): AdaptiveCard {
  const editing = data.council !== undefined;
  return renderTemplate(template, {
    title: tr(editing ? 'form.title.edit' : 'form.title.create'),
    intro: tr('form.intro'),
    error: data.error,
    notice: data.notice,
    labels: {
      unitName: tr('form.unitName'),
      unitNamePlaceholder: tr('form.unitName.placeholder'),
      area: tr('form.area'),
      areaPlaceholder: tr('form.area.placeholder'),
      timeZone: tr('form.timeZone'),
      managers: tr('form.managers'),
      members: tr('form.members'),
    },
    messages: {
      unitName: tr('council.unitName.required'),
      area: tr('council.area.invalid'),
      managers: tr('council.managers.required'),
    },
    values: {
      unitName: data.values.unitName ?? '',
      area: data.values.area ?? '',
      timeZone: data.values.timeZone || DEFAULT_TIME_ZONE,
      managerIds: (data.values.managerIds ?? []).join(','),
      memberIds: (data.values.memberIds ?? []).join(','),
    },
    areas: AREAS.map((area) => ({ title: tr(`area.${area}`), value: area })),
    people: data.people.map((p) => ({ id: p.aadObjectId, name: p.name })),
    councilId: data.council?.id ?? '',
    version: String(data.council?.version ?? ''),
    submitLabel: tr(editing ? 'form.submit.edit' : 'form.submit.create'),
    cancelLabel: tr('form.cancel'),
  });
}
