import { randomUUID } from 'node:crypto';
import type { LinkInput } from '../contract/follow-up';
import { authorize, type Actor } from '../domain/policies';
import { guardPersonalNumbers } from '../domain/privacy';
import type { Db } from '../store/db';
import { insertLink, type SubAssignmentLink } from '../store/follow-up-repository';
import { lockSubAssignment } from './follow-up-access';
import type { Clock } from './ports';

/** What `addLink` needs. */
export interface AddLinkProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  /** The sub-assignment (deluppdrag) the link is attached to. */
  subAssignmentId: string;
  /** A title and an https address (checked by the request's schema). */
  input: LinkInput;
}

/** The manager attaches a link (a document in SharePoint, a page) to a sub-assignment; returns it as stored. */
export async function addLink(props: AddLinkProps): Promise<SubAssignmentLink> {
  const { actor, input } = props;
  return props.db.transaction(async (tx) => {
    const { work, council } = await lockSubAssignment(tx, actor, props.subAssignmentId);
    authorize(actor, 'manageFollowUp', council);
    guardPersonalNumbers({ title: input.title });
    const link: SubAssignmentLink = {
      id: randomUUID(),
      tenantId: actor.tenantId,
      subAssignmentId: work.id,
      title: input.title,
      url: input.url,
      createdAt: props.clock.now(),
    };
    await insertLink(tx, link);
    return link;
  });
}
