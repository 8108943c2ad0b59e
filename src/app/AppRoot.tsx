import { FluentProvider, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { FocusManagerHold } from '../ui/holdFocusManager';
import { ServicesProvider, type Services } from '../ui/services';
import { StorageStatus } from '../ui/StorageStatus';
import { StoreProblems } from '../ui/StoreProblems';
import { DraftPresenter } from '../ui/useOpenDraft';
import { ErrorBoundary } from './ErrorBoundary';
import { FITS_WINDOW, FITTED_SCREEN } from './fitsWindow';
import { loadTheme } from './themes';

// FluentProvider copies its className onto every portal (dialogs, drawers, dropdown lists), so the
// provider only carries what portals should share; the page's own box is a div inside it.
const useStyles = makeStyles({
  provider: {
    // FluentProvider computes text-align: left even under dir="rtl"; start follows the direction.
    textAlign: 'start',
    // What people type takes its own direction, as dir="auto" would: an English title in a Persian
    // pane starts at the left and is not cut off at its beginning, and the other way round.
    '& input[type="text"], & input[type="email"], & input[type="search"], & input:not([type]), & textarea': {
      unicodeBidi: 'plaintext',
    },
    // Numbered lists count in the page's digits (۱، ۲، ۳ in Persian), like every other number.
    '& ol:lang(fa)': { listStyleType: 'persian' },
  },
  page: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    // A page holding a view that fills the window (./fitsWindow) is as tall as the window, so the
    // view's columns scroll inside it and the status line stays in sight. AppRoot does not know its
    // view, hence :has(). 100vh where the browser knows no dvh (a phone's toolbar then hides a strip).
    [`@media ${FITTED_SCREEN}`]: { [`:has([${FITS_WINDOW}])`]: { height: ['100vh', '100dvh'], minHeight: 0 } },
  },
});

/** Theme (following the host's live changes), text direction, services and the draft presenter. */
export function AppRoot({
  services,
  initialTheme,
  children,
}: {
  services: Services;
  /** Loaded before the first render (see mount.tsx), so the pane never flashes in the wrong colours. */
  initialTheme: Theme;
  children: ReactNode;
}) {
  const styles = useStyles();
  const { host } = services;
  const [theme, setTheme] = useState<Theme>(initialTheme);
  useEffect(
    () =>
      host.onThemeChange((name) => {
        loadTheme(host.kind, name).then(setTheme, (error: unknown) => console.warn('Kept: theme not loaded', error));
      }),
    [host],
  );
  useEffect(() => {
    document.documentElement.lang = host.locale;
    document.documentElement.dir = host.dir;
  }, [host]);

  return (
    <FluentProvider theme={theme} dir={host.dir} className={styles.provider}>
      {/* Above the error boundary: a failure shown in place of the page must not take the hold with it. */}
      <FocusManagerHold>
        <ServicesProvider services={services}>
          <ErrorBoundary locale={host.locale}>
            <DraftPresenter>
              <div className={styles.page}>
                <StoreProblems />
                {children}
                <StorageStatus />
              </div>
            </DraftPresenter>
          </ErrorBoundary>
        </ServicesProvider>
      </FocusManagerHold>
    </FluentProvider>
  );
}
