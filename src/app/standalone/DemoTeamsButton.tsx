import { Button } from '@fluentui/react-components';
import { Suspense, useEffect, useState } from 'react';
import { readDemoTeams, subscribeDemoTeams } from '../../hosts/browser/demoTeams';
import { lazyTranslated } from '../../ui/lazyTranslated';
import { opensWhenLoaded } from '../../ui/openWhenLoaded';
import { useT } from '../../ui/useT';

// The list itself, and the team tools' words, load when someone is about to open it.
export const DemoTeamsDialog = lazyTranslated(() => import('./DemoTeamsDialog').then((m) => m.DemoTeamsDialog));

/**
 * The demo's way to see what Kept sent to Teams (there is no Teams here): a button in the top bar
 * with how many things arrived, opening the simulated activity feeds and posts.
 */
export function DemoTeamsButton() {
  const { t } = useT();
  const [count, setCount] = useState(() => readDemoTeams().length);
  const [open, setOpen] = useState(false);
  useEffect(() => subscribeDemoTeams(() => setCount(readDemoTeams().length)), []);
  return (
    <>
      <Button {...opensWhenLoaded(DemoTeamsDialog, () => setOpen(true))}>{t('shell.teams.open', { count })}</Button>
      <Suspense fallback={null}>{open && <DemoTeamsDialog onClose={() => setOpen(false)} />}</Suspense>
    </>
  );
}
