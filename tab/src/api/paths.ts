export type { MeResponse } from '@contract/common';
export type { CalendarStatusResponse, CalendarSyncInput, CalendarSyncResponse } from '@contract/calendar';

/** The tab API's routes (contract: `@contract/*`, bot/src/contract/). */
const id = encodeURIComponent;

export const paths = {
  me: '/api/me',
  devUsers: '/api/dev/users',
  devSignIn: '/api/dev/sign-in',
  councilOfChannel: (channelId: string) => `/api/councils/by-channel?channelId=${id(channelId)}`,
  overview: (councilId: string) => `/api/councils/${id(councilId)}/overview`,
  followUp: (councilId: string, year?: number, status?: 'ongoing' | 'completed') => {
    const query = new URLSearchParams();
    if (year) query.set('year', String(year));
    if (status) query.set('status', status);
    const search = query.toString();
    return `/api/councils/${id(councilId)}/follow-up${search ? `?${search}` : ''}`;
  },
  /** The team calendar: its state for `year` (GET), or "Lägg in årets träffar" (POST, the year in the body). */
  calendar: (councilId: string, year?: number) => `/api/councils/${id(councilId)}/calendar${year ? `?year=${year}` : ''}`,
  /** The Teams consent popup's first page (not the API): it sends the user on to Entra ID's consent. */
  consentStart: (tenantId: string | undefined, loginHint: string | undefined) => {
    const query = new URLSearchParams();
    if (tenantId) query.set('tenantId', tenantId);
    if (loginHint) query.set('loginHint', loginHint);
    const search = query.toString();
    return `/auth/consent-start${search ? `?${search}` : ''}`;
  },
  assessments: (councilId: string) => `/api/councils/${id(councilId)}/assessments`,
  export: (councilId: string, format: 'xlsx' | 'csv', year: number) => `/api/councils/${id(councilId)}/export.${format}?year=${year}`,
  subAssignment: (subAssignmentId: string) => `/api/sub-assignments/${id(subAssignmentId)}`,
  activities: (subAssignmentId: string) => `/api/sub-assignments/${id(subAssignmentId)}/activities`,
  links: (subAssignmentId: string) => `/api/sub-assignments/${id(subAssignmentId)}/links`,
  complete: (subAssignmentId: string) => `/api/sub-assignments/${id(subAssignmentId)}/complete`,
  activity: (activityId: string) => `/api/activities/${id(activityId)}`,
  // The area head's overview and its admin page (contract: `@contract/area`); no year: the server's current one.
  areaOverview: (year?: number) => `/api/areas/overview${year ? `?year=${year}` : ''}`,
  goodExamples: (year: number) => `/api/areas/good-examples?year=${year}`,
  goodExample: (subAssignmentId: string, year: number) => `/api/areas/good-examples/${id(subAssignmentId)}?year=${year}`,
  goodExamplesDocx: (year: number) => `/api/areas/good-examples.docx?year=${year}`,
  areaHeads: '/api/admin/area-heads',
  areaHeadsOf: (area: string) => `/api/admin/area-heads/${id(area)}`,
} as const;
