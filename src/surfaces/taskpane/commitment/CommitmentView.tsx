import { useId } from 'react';
import type { Commitment, TeamSettings } from '../../../domain/types';
import { CommitmentDetails } from '../../shared/CommitmentDetails';
import { usePaneStyles } from '../../shared/usePaneStyles.styles';
import '../messages';

export interface CommitmentViewProps {
  readonly commitment: Commitment;
  readonly settings: TeamSettings;
  /** Re-read the commitment (after a conflict, the stored version is shown with the typed text kept). */
  readonly onReload?: () => void;
}

/** The commitment of the selected email in the task pane: its title, then what every surface shows of it. */
export function CommitmentView({ commitment: c, settings, onReload }: CommitmentViewProps) {
  const styles = usePaneStyles();
  const titleId = useId();
  return (
    <article className={styles.section} aria-labelledby={titleId}>
      {/* People's own words are isolated (bdi): an English title keeps its punctuation where it belongs in a Persian pane. */}
      <h2 id={titleId} className={styles.heading}>
        <bdi>{c.title}</bdi>
      </h2>
      <CommitmentDetails commitment={c} settings={settings} {...(onReload !== undefined ? { onReload } : {})} />
    </article>
  );
}
