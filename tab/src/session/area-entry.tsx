import { lazy, Suspense, type ReactNode } from 'react';
import { Loading } from '../components/feedback';

/** The area views load on first use: users of the channel tab never download them. */
const AreaShell = lazy(() => import('../views/area/area-shell'));

/** Områdesöversikt, once its code has arrived; `aside` goes under its title (account, view switch). */
export function AreaEntry({ aside }: { aside?: ReactNode }) {
  return (
    <Suspense fallback={<Loading />}>
      <AreaShell aside={aside} />
    </Suspense>
  );
}
