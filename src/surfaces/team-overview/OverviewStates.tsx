import { Button, ProgressBar, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { describeError } from '../../ui/describeError';
import { useServices } from '../../ui/services';
import { useT } from '../../ui/useT';
import { useTeamOverviewStyles } from './useTeamOverviewStyles.styles';
import './messages';

/** After this long, the loading state explains itself (a first Graph sync of a big team takes a while). */
const SLOW_LOAD_MS = 1500;

export function LoadingState() {
  const styles = useTeamOverviewStyles();
  const { t } = useT();
  const { store } = useServices();
  const [slow, setSlow] = useState(false);
  // A first load from Microsoft 365 comes page by page; the count shows it is moving.
  const [loaded, setLoaded] = useState(() => store.syncState().loadedItems);
  useEffect(() => store.subscribe(() => setLoaded(store.syncState().loadedItems)), [store]);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_LOAD_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className={styles.state} role="status" aria-live="polite" aria-busy="true">
      <Text className={styles.stateTitle}>{t('overview.loading')}</Text>
      <ProgressBar className={styles.progress} aria-label={t('overview.loading')} />
      {loaded !== undefined && (
        <Text className={styles.stateBody}>{t('overview.loadingCount', { count: loaded })}</Text>
      )}
      {slow && <Text className={styles.stateBody}>{t('overview.loadingSlow')}</Text>}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const styles = useTeamOverviewStyles();
  const translator = useT();
  return (
    <div className={styles.state} role="alert">
      <Text className={styles.stateTitle}>{translator.t('overview.error.title')}</Text>
      <Text className={styles.stateBody}>{describeError(error, translator)}</Text>
      <Button appearance="primary" onClick={onRetry}>
        {translator.t('common.retry')}
      </Button>
    </div>
  );
}

export function EmptyState({ kind, onClear }: { kind: 'team' | 'mine' | 'filtered'; onClear?: () => void }) {
  const styles = useTeamOverviewStyles();
  const { t } = useT();
  return (
    <div className={styles.state}>
      <Text as="h2" className={styles.stateTitle}>
        {t(`overview.empty.${kind}.title`)}
      </Text>
      <Text className={styles.stateBody}>{t(`overview.empty.${kind}.body`)}</Text>
      {onClear !== undefined && <Button onClick={onClear}>{t('overview.filter.clear')}</Button>}
    </div>
  );
}
