import { useEffect } from 'react';
import type { MessageKey } from '../domain/i18n';
import { useT } from '../ui/useT';

/**
 * Names the page in its own language: "Kept — Team overview". The HTML's <title> is English, for the
 * moment before the words load; a screen reader announces the title when the page opens.
 */
export function PageTitle({ page }: { page?: MessageKey }) {
  const { t } = useT();
  const title = page === undefined ? t('common.appName') : t('shell.pageTitle', { page: t(page) });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
