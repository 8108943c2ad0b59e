import { Button } from '@fluentui/react-components';
import { Suspense, useState } from 'react';
import { lazyTranslated } from '../../ui/lazyTranslated';
import { opensWhenLoaded } from '../../ui/openWhenLoaded';
import { useT } from '../../ui/useT';

// The list itself, and the team tools' words, load when someone is about to open it.
export const DemoRemindersDialog = lazyTranslated(() =>
  import('./DemoRemindersDialog').then((m) => m.DemoRemindersDialog),
);

/**
 * The demo's way to see the reminders Kept keeps for the user (there is no Outlook or To Do here):
 * the Outlook follow-up flags or To Do tasks, as the team settings choose.
 */
export function DemoRemindersButton() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button {...opensWhenLoaded(DemoRemindersDialog, () => setOpen(true))}>{t('shell.reminders.open')}</Button>
      <Suspense fallback={null}>{open && <DemoRemindersDialog onClose={() => setOpen(false)} />}</Suspense>
    </>
  );
}
