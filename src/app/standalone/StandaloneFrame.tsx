import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons/svg/arrow-reset';
import { Suspense, useState, type ReactNode } from 'react';
import type { ThemeName } from '../../hosts/HostContext';
import { lazyTranslated } from '../../ui/lazyTranslated';
import { MainLandmark } from '../../ui/MainLandmark';
import { opensWhenLoaded } from '../../ui/openWhenLoaded';
import { useT } from '../../ui/useT';
import type { Standalone } from '../compose';
import { DemoRemindersButton } from './DemoRemindersButton';
import { DemoTeamsButton } from './DemoTeamsButton';
import { demoLink } from './demoLink';
import { FITS_WINDOW, FITTED_SCREEN } from '../fitsWindow';

// Asked for only when someone is about to reset: a demo page's first screen builds no dialog.
export const ResetDemoDialog = lazyTranslated(() => import('./ResetDemoDialog').then((m) => m.ResetDemoDialog));

export type StandalonePage = 'home' | 'taskpane' | 'overview' | 'mine' | 'meeting';

const useStyles = makeStyles({
  frame: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  // A simulated Outlook or Teams fills the window (see ../fitsWindow).
  fitted: { [`@media ${FITTED_SCREEN}`]: { minHeight: 0, flexGrow: 1 } },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  nav: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, flexGrow: 1 },
  link: { paddingBlock: tokens.spacingVerticalXS },
  current: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'underline' },
  tools: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  main: { flexGrow: 1, display: 'flex', flexDirection: 'column', minHeight: 0 },
  dataset: { borderRadius: 0 },
});

const pages: readonly { page: StandalonePage; href: string; key: `shell.nav.${StandalonePage}` }[] = [
  { page: 'home', href: 'index.html', key: 'shell.nav.home' },
  { page: 'taskpane', href: 'taskpane.html', key: 'shell.nav.taskpane' },
  { page: 'overview', href: 'overview.html', key: 'shell.nav.overview' },
  { page: 'mine', href: 'overview.html?view=mine', key: 'shell.nav.mine' },
  { page: 'meeting', href: 'meeting.html', key: 'shell.nav.meeting' },
];

/** The standalone demo's top bar: the surfaces, the theme, the simulated Teams, and "Reset demo data". */
export function StandaloneFrame({
  current,
  standalone,
  children,
}: {
  current: StandalonePage;
  standalone: Standalone;
  children: ReactNode;
}) {
  const styles = useStyles();
  const { t } = useT();
  const themeId = useId('theme');
  const fitted = current === 'taskpane' || current === 'meeting';
  const [theme, setTheme] = useState<ThemeName>(() => standalone.host.theme());
  const [resetting, setResetting] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const changeTheme = (next: ThemeName) => {
    setTheme(next);
    standalone.host.setTheme(next);
    const url = new URL(window.location.href);
    url.searchParams.set('theme', next);
    window.history.replaceState(null, '', url);
  };

  const synthetic = standalone.dataset.kind === 'synthetic' ? standalone.dataset.count : undefined;
  const resetLabel = synthetic === undefined ? t('shell.reset') : t('shell.reset.synthetic');
  const reset = async () => {
    setResetting(true);
    await standalone.resetDemo();
    const url = new URL(window.location.href);
    // Synthetic data regenerated stays on its own page; the demo data reset drops the page's extras.
    for (const key of synthetic === undefined ? ['seed', 'reset', 'commitment'] : ['reset', 'commitment'])
      url.searchParams.delete(key);
    window.location.assign(url);
  };
  const demoHref = () => {
    const url = new URL(window.location.href);
    url.searchParams.delete('seed');
    return `${url.pathname}${url.search}`;
  };

  return (
    <div className={mergeClasses(styles.frame, fitted && styles.fitted)} {...(fitted ? { [FITS_WINDOW]: true } : {})}>
      <header className={styles.bar}>
        <div className={styles.brand}>
          <Text as="h1" size={500} weight="semibold">
            {t('common.appName')}
          </Text>
          <Badge appearance="outline" color="informative">
            {t('shell.banner')}
          </Badge>
        </div>
        <nav aria-label={t('shell.nav.label')} className={styles.nav}>
          {pages.map(({ page, href, key }) => (
            <Link
              key={page}
              href={demoLink(href)}
              className={mergeClasses(styles.link, page === current && styles.current)}
              {...(page === current ? { 'aria-current': 'page' as const } : {})}
            >
              {t(key)}
            </Link>
          ))}
        </nav>
        <div className={styles.tools}>
          <label htmlFor={themeId}>{t('shell.theme.label')}</label>
          <Select id={themeId} value={theme} onChange={(_, d) => changeTheme(d.value as ThemeName)}>
            {(['light', 'dark', 'high-contrast'] as const).map((name) => (
              <option key={name} value={name}>
                {t(`shell.theme.${name}`)}
              </option>
            ))}
          </Select>
          {/* In the first render: arriving later, they wrapped the bar and moved the page down. */}
          <DemoTeamsButton />
          <DemoRemindersButton />
          <Button
            icon={<ArrowResetRegular />}
            disabled={resetting}
            {...opensWhenLoaded(ResetDemoDialog, () => setConfirming(true))}
          >
            {resetLabel}
          </Button>
        </div>
        {confirming && (
          <Suspense fallback={null}>
            <ResetDemoDialog
              title={resetLabel}
              synthetic={synthetic !== undefined}
              resetting={resetting}
              onReset={() => void reset()}
              onClose={() => setConfirming(false)}
            />
          </Suspense>
        )}
      </header>
      {synthetic !== undefined && (
        <MessageBar intent="info" className={styles.dataset}>
          <MessageBarBody>
            {t('shell.dataset.synthetic', { count: synthetic })}{' '}
            <Link href={demoHref()}>{t('shell.dataset.showDemo')}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      <MainLandmark className={styles.main}>{children}</MainLandmark>
    </div>
  );
}
