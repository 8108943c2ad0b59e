import { useEffect } from 'react';
import { useT } from '../ui/useT';
import type { StandalonePage } from './standalone/StandaloneFrame';

/**
 * Names the page in its own language, as the demo's top bar names it: "Team overview — Kept" (the
 * start page: "Kept"). The page's name comes first, so a narrow browser tab still shows it. The
 * HTML's <title> is English, for the moment before the words load; a screen reader announces the
 * title when the page opens.
 */
export function PageTitle({ page }: { page: StandalonePage }) {
  const { t } = useT();
  const title = page === 'home' ? t('common.appName') : t('shell.pageTitle', { page: t(`shell.nav.${page}`) });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
