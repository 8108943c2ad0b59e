import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { ThemeName } from '../hosts/HostContext';
import { ServicesProvider, type Services } from '../ui/services';
import { DraftPresenter } from '../ui/useOpenDraft';
import { ErrorBoundary } from './ErrorBoundary';
import { fluentTheme } from './themes';

const useStyles = makeStyles({
  provider: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    // FluentProvider computes text-align: left even under dir="rtl"; start follows the direction.
    textAlign: 'start',
  },
});

/** Theme (following the host's live changes), text direction, services and the draft presenter. */
export function AppRoot({ services, children }: { services: Services; children: ReactNode }) {
  const styles = useStyles();
  const { host } = services;
  const [theme, setTheme] = useState<ThemeName>(() => host.theme());
  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    document.documentElement.lang = host.locale;
    document.documentElement.dir = host.dir;
  }, [host]);

  return (
    <FluentProvider theme={fluentTheme(host.kind, theme)} dir={host.dir} className={styles.provider}>
      <ServicesProvider services={services}>
        <ErrorBoundary locale={host.locale}>
          <DraftPresenter>{children}</DraftPresenter>
        </ErrorBoundary>
      </ServicesProvider>
    </FluentProvider>
  );
}
