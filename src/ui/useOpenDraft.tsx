import { Suspense, createContext, lazy, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { DraftRequest } from '../hosts/HostContext';
import { describeError } from './describeError';
import { useServices } from './services';
import { useT } from './useT';

type OpenDraft = (draft: DraftRequest) => Promise<void>;

// Most sessions never need it (Outlook has its own compose form), so it loads on first use.
const DraftDialog = lazy(() => import('./DraftDialog').then((m) => ({ default: m.DraftDialog })));
const FocusManagerHolder = lazy(() => import('./DraftDialog').then((m) => ({ default: m.FocusManagerHolder })));

const OpenDraftContext = createContext<OpenDraft | null>(null);

/**
 * Opens a draft in the host's own compose form, or shows it in the app to copy when the host has
 * none or the host call failed — so a drafted message is never lost.
 */
export function DraftPresenter({ children }: { children: ReactNode }) {
  const { host } = useServices();
  const translator = useT();
  const [shown, setShownState] = useState<{ draft: DraftRequest; notice?: string } | null>(null);
  // Set with the first dialog and never cleared: see FocusManagerHolder.
  const [holdFocusManager, setHoldFocusManager] = useState(false);
  const setShown = useCallback((next: { draft: DraftRequest; notice?: string } | null) => {
    if (next !== null) setHoldFocusManager(true);
    setShownState(next);
  }, []);

  const open = useCallback<OpenDraft>(
    async (draft) => {
      try {
        const outcome = await host.openDraft(draft);
        if (outcome === 'show-in-app') setShown({ draft });
      } catch (error) {
        setShown({ draft, notice: describeError(error, translator) });
      }
    },
    [host, translator, setShown],
  );

  const value = useMemo(() => open, [open]);
  return (
    <OpenDraftContext.Provider value={value}>
      {children}
      {holdFocusManager && (
        <Suspense fallback={null}>
          <FocusManagerHolder />
        </Suspense>
      )}
      {shown !== null && (
        <Suspense fallback={null}>
          <DraftDialog
            draft={shown.draft}
            {...(shown.notice !== undefined ? { notice: shown.notice } : {})}
            onClose={() => setShown(null)}
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
