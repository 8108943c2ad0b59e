import { Suspense, createContext, lazy, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { DraftRequest } from '../hosts/HostContext';
import { describeError } from './describeError';
import { useServices } from './services';
import { useT } from './useT';

/**
 * opened: the host's own compose form has it; shown: the app showed it to copy (the host has no
 * compose form, or its form failed) and the user has closed it.
 */
export type DraftResult = 'opened' | 'shown';

type OpenDraft = (draft: DraftRequest) => Promise<DraftResult>;

// Most sessions never need it (Outlook has its own compose form), so it loads on first use.
const DraftDialog = lazy(() => import('./DraftDialog').then((m) => ({ default: m.DraftDialog })));
const FocusManagerKeeper = lazy(() => import('./DraftDialog').then((m) => ({ default: m.FocusManagerKeeper })));

const OpenDraftContext = createContext<OpenDraft | null>(null);

/**
 * Opens a draft in the host's own compose form, or shows it in the app to copy when the host has
 * none or the host call failed — so a drafted message is never lost. The promise settles when the
 * draft is out of the way (the host's form opened, or the user closed the in-app one), so what comes
 * next ("Sent?") appears when the user can see it, and takes the keyboard focus back from the dialog.
 */
export function DraftPresenter({ children }: { children: ReactNode }) {
  const { host } = useServices();
  const translator = useT();
  const [shown, setShown] = useState<{ draft: DraftRequest; notice?: string; done: () => void } | null>(null);
  const [everShown, setEverShown] = useState(false);

  const open = useCallback<OpenDraft>(
    async (draft) => {
      let notice: string | undefined;
      try {
        if ((await host.openDraft(draft)) === 'opened') return 'opened';
      } catch (error) {
        notice = describeError(error, translator);
      }
      setEverShown(true);
      await new Promise<void>((done) => setShown({ draft, ...(notice === undefined ? {} : { notice }), done }));
      return 'shown';
    },
    [host, translator],
  );

  const value = useMemo(() => open, [open]);
  return (
    <OpenDraftContext.Provider value={value}>
      {children}
      {everShown && (
        // Stays once a draft was shown: see FocusManagerKeeper (same chunk as the dialog, so free).
        <Suspense fallback={null}>
          <FocusManagerKeeper />
        </Suspense>
      )}
      {shown !== null && (
        <Suspense fallback={null}>
          <DraftDialog
            draft={shown.draft}
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
