import type { Area } from '../domain/council';
import { ForbiddenError } from '../domain/errors';
import type { Actor } from '../domain/policies';
import type { Db } from '../store/db';
import { listCompletedWorks, type CompletedWorkRow } from '../store/area-repository';
import { areasFollowedBy } from './area-access';

/** What `readGoodExamples` needs. */
export interface ReadGoodExamplesProps {
  db: Db;
  actor: Actor;
  year: number;
  /** Only the works chosen as good examples (for the SAS's document); every completed work otherwise. */
  chosenOnly?: boolean;
}

/** The year's completed works of the areas the reader heads. */
export interface GoodExamples {
  year: number;
  areas: Area[];
  works: CompletedWorkRow[];
}

/**
 * Goda exempel (docs/domain.md#year-end-and-good-examples): the completed works of the year in the
 * actor's areas, the chosen ones marked; only area heads.
 */
export async function readGoodExamples(props: ReadGoodExamplesProps): Promise<GoodExamples> {
  const { db, actor, year } = props;
  const areas = await areasFollowedBy(db, actor);
  if (areas.length === 0) throw new ForbiddenError('forbidden.followArea');
  return { year, areas, works: await listCompletedWorks(db, actor.tenantId, areas, year, { chosenOnly: props.chosenOnly }) };
}
