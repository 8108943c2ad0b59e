import { Text } from '@fluentui/react-components';
import { useId } from 'react';
import { statusReasons, type CommitmentStatus } from '../../domain/status';
import type { Commitment, TeamSettings } from '../../domain/types';
import { useT } from '../../ui/useT';
import { usePaneStyles } from './usePaneStyles.styles';

/**
 * Why the commitment has its status, the same way in every surface: a heading named after the
 * status ("Why it is overdue") and the domain's reasons, the main one first.
 */
export function StatusReasons({
  commitment,
  status,
  settings,
}: {
  commitment: Commitment;
  status: CommitmentStatus;
  settings: TeamSettings;
}) {
  const styles = usePaneStyles();
  const { fmt } = useT();
  const headingId = useId();
  const reasons = statusReasons(commitment, status, settings);
  if (reasons.lines.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text id={headingId} weight="semibold">
        {fmt(reasons.heading)}
      </Text>
      <ul className={styles.bulletList}>
        {reasons.lines.map((line, i) => (
          <li key={i} className={styles.wrap}>
            {fmt(line)}
          </li>
        ))}
      </ul>
    </section>
  );
}
