import type { Council } from '../domain/council';
import { FEEDBACK_WINDOW_DAYS, type Proposal } from '../domain/proposal';
import type { Db } from '../store/db';
import { listProposals } from '../store/proposal-repository';
import { findPreviousMeetingStart } from '../store/schedule-repository';

/**
 * What a meeting takes up about proposals (feedback is given at the next meeting: docs/domain.md#proposals): the open
 * and parked ones, and those decided since the council's previous meeting (at most
 * `FEEDBACK_WINDOW_DAYS` back), oldest number first.
 */
export async function listFeedbackProposals(db: Db, council: Council, meetingStart: Date, now: Date): Promise<Proposal[]> {
  const previous = await findPreviousMeetingStart(db, council.tenantId, council.id, meetingStart);
  const floor = new Date(now.getTime() - FEEDBACK_WINDOW_DAYS * 86_400_000);
  const since = previous && previous > floor ? previous : floor;
  const proposals = await listProposals(db, council.tenantId, council.id, { statuses: ['open', 'parked'], decidedSince: since, limit: 50 });
  return proposals.sort((a, b) => a.number - b.number);
}
