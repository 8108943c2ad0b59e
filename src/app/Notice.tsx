import { Alert } from '../ui/Alert';
import { useT } from '../ui/useT';
import type { Composition } from './compose';

/** Says plainly when the page is not running where the URL asked (e.g. Outlook unreachable). */
export function Notice({ notice }: { notice: Composition['notice'] }) {
  const { t } = useT();
  if (notice === undefined) return null;
  return (
    <Alert intent="warning" role="status">
      {t(`shell.notice.${notice}`)}
    </Alert>
  );
}
