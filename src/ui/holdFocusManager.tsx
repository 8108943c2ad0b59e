import { createContext, useCallback, useState, type ComponentType, type ReactNode } from 'react';

/** Takes the component that holds the focus manager (FocusManagerHolder.tsx), to keep it mounted. */
export const HoldContext = createContext<(holder: ComponentType) => void>(() => undefined);

/**
 * Holds Fluent's focus manager (tabster) for the page's life from the first dialog on. Fluent
 * disposes it when its last user unmounts, and a dialog that unmounts on closing can be that user
 * (Outlook's pane and Teams' tab have no other): the manager then drops its pending removal of the
 * aria-hidden it put on the page behind the modal, and screen readers see nothing of the page
 * again (tabster#530, fluentui#35139; seen in Chromium: tests/e2e/dialogs.e2e.test.mjs). The
 * holder comes with the first dialog's code, so pages that never open one do not load it.
 */
export function FocusManagerHold({ children }: { children: ReactNode }) {
  const [Holder, setHolder] = useState<ComponentType | null>(null);
  // A component is a function: stored through an updater, not called as one.
  const hold = useCallback((holder: ComponentType) => setHolder(() => holder), []);
  return (
    <HoldContext.Provider value={hold}>
      {children}
      {Holder !== null && <Holder />}
    </HoldContext.Provider>
  );
}
