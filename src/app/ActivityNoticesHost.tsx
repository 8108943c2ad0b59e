import { Suspense, useEffect, useState } from 'react';
import { lazyTranslated } from '../ui/lazyTranslated';
import { useServices, type ActivityOutcome } from '../ui/services';

// What became of Teams notifications is shown only once there is something to show.
const ActivityNotices = lazyTranslated(() => import('../ui/ActivityNotices').then((m) => m.ActivityNotices));
const MAX_OUTCOMES = 8;

/**
 * Listens to the Teams notifications Kept sends after saved changes (Services.activity) and shows
 * what became of them. Rendered by the pages where a change can notify someone (task pane,
 * overview, meeting); the start page carries none of it.
 */
export function ActivityNoticesHost() {
  const { activity } = useServices();
  const [outcomes, setOutcomes] = useState<readonly ActivityOutcome[]>([]);
  useEffect(() => {
    if (activity === undefined) return;
    return activity.subscribe((outcome) => setOutcomes((all) => [...all, outcome].slice(-MAX_OUTCOMES)));
  }, [activity]);
  if (outcomes.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <ActivityNotices outcomes={outcomes} onDismiss={(gone) => setOutcomes((all) => all.filter((o) => o !== gone))} />
    </Suspense>
  );
}
