import { Suspense, createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { DraftRequest } from '../hosts/HostContext';
import { describeError } from './describeError';
import type { DraftAudience } from './DraftDialog';
import { lazyTranslated } from './lazyTranslated';
import { openWhenLoaded } from './openWhenLoaded';
import { useServices } from './services';
import { useT } from './useT';
import { whenIdle } from './whenIdle';

/**
 * opened: the host's own compose form has it; shown: the app showed it to copy (the host has no
 * compose form, or its form failed) and the user has closed it.
 */
export type DraftResult = 'opened' | 'shown';

type OpenDraft = (draft: DraftRequest, audience?: DraftAudience) => Promise<DraftResult>;

// Most sessions never need it (Outlook has its own compose form), so it loads on first use; in a
// plain browser, where every draft is shown here, once the page is idle, so the first one opens at once.
export const DraftDialog = lazyTranslated(() => import('./DraftDialog').then((m) => m.DraftDialog));
const IDLE_WAIT_MS = 3000;

const OpenDraftContext = createContext<OpenDraft | null>(null);

/** A draft shown in the app, and what settles its `open` once the user closes it. */
interface Shown {
  readonly draft: DraftRequest;
  readonly audience: DraftAudience;
  readonly notice?: string;
  readonly done: () => void;
}

/**
 * Opens a draft in the host's own compose form, or shows it in the app to copy when the host has
 * none or the host call failed — so a drafted message is never lost. The promise settles when the
 * draft is out of the way (the host's form opened, or the user closed the in-app one), so what comes
 * next ("Sent?") appears when the user can see it, and takes the keyboard focus back from the dialog.
 */
export function DraftPresenter({ children }: { children: ReactNode }) {
  const { host } = useServices();
  const translator = useT();
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    if (host.kind !== 'browser') return;
    return whenIdle(() => void DraftDialog.preload().catch(() => undefined), IDLE_WAIT_MS, IDLE_WAIT_MS / 3);
  }, [host.kind]);

  const open = useCallback<OpenDraft>(
    async (draft, audience = 'customer') => {
      let notice: string | undefined;
      try {
        if ((await host.openDraft(draft)) === 'opened') return 'opened';
      } catch (error) {
        notice = describeError(error, translator);
      }
      await new Promise<void>((done) =>
        openWhenLoaded(DraftDialog, () =>
          setShown({ draft, audience, ...(notice === undefined ? {} : { notice }), done }),
        ),
      );
      return 'shown';
    },
    [host, translator],
  );

  const value = useMemo(() => open, [open]);
  return (
    <OpenDraftContext.Provider value={value}>
      {children}
      {shown !== null && (
        <Suspense fallback={null}>
          <DraftDialog
            draft={shown.draft}
            audience={shown.audience}
            {...(shown.notice !== undefined ? { notice: shown.notice } : {})}
            onClose={() => {
              setShown(null);
              shown.done();
            }}
          />
        </Suspense>
      )}
    </OpenDraftContext.Provider>
  );
}

export function useOpenDraft(): OpenDraft {
  const open = useContext(OpenDraftContext);
  if (open === null) throw new Error('useOpenDraft outside <DraftPresenter>');
  return open;
}
