import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Resource } from '../../components/use-resource';
import { Pending } from '../../components/feedback';

/**
 * Before the data is there: a 403 is an answer, not a failure (the user heads no area), so it shows
 * the server's message without "Försök igen"; anything else is `Pending` (spinner, or retry).
 */
export function AreaPending<T>({ resource }: { resource: Resource<T> }) {
  if (resource.error?.status !== 403) return <Pending resource={resource} />;
  return (
    <MessageBar intent="info">
      <MessageBarBody>{resource.error.message}</MessageBarBody>
    </MessageBar>
  );
}
