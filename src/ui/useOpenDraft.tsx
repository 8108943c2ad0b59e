import { useFocusFinders } from '@fluentui/react-components';
import { Suspense, createContext, lazy, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { DraftRequest } from '../hosts/HostContext';
import { describeError } from './describeError';
import { useServices } from './services';
import { useT } from './useT';

type OpenDraft = (draft: DraftRequest) => Promise<void>;

// Most sessions never need it (Outlook has its own compose form), so it loads on first use.
const DraftDialog = lazy(() => import('./DraftDialog').then((m) => ({ default: m.DraftDialog })));

const OpenDraftContext = createContext<OpenDraft | null>(null);

/**
 * Opens a draft in the host's own compose form, or shows it in the app to copy when the host has
 * none or the host call failed — so a drafted message is never lost.
 */
export function DraftPresenter({ children }: { children: ReactNode }) {
  // Holds Fluent's focus manager (tabster) for the page's life. Without a holder, closing the last
  // dialog disposes it between hiding the page behind the modal and un-hiding it again: the page
  // stays aria-hidden and screen readers (and role queries) see nothing.
  useFocusFinders();
  const { host } = useServices();
  const translator = useT();
  const [shown, setShown] = useState<{ draft: DraftRequest; notice?: string } | null>(null);

  const open = useCallback<OpenDraft>(
    async (draft) => {
      try {
        const outcome = await host.openDraft(draft);
        if (outcome === 'show-in-app') setShown({ draft });
      } catch (error) {
        setShown({ draft, notice: describeError(error, translator) });
      }
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
