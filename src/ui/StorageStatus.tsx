import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useServices } from './services';
import { useT } from './useT';

const useStyles = makeStyles({
  root: {
    display: 'block',
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground3,
  },
});

/** Where the commitments live, and how many changes wait to be sent (Graph's outbox). */
export function StorageStatus() {
  const styles = useStyles();
  const { store, storageDescription } = useServices();
  const { t } = useT();
  const [state, setState] = useState(() => store.syncState());
  useEffect(() => store.subscribe(() => setState(store.syncState())), [store]);

  const parts = [storageDescription];
  if (state.pendingWrites > 0) parts.push(t('shell.storage.pending', { count: state.pendingWrites }));
  if (!state.online) parts.push(t('shell.storage.offline'));
  return (
    <Text as="p" size={200} role="status" className={styles.root}>
      {parts.join(' · ')}
    </Text>
  );
}
