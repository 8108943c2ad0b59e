import type { TeamSettings } from '../../../domain/types';
import type { CommitmentFilter } from '../../../store/Store';
import { useCommitments } from '../../../ui/useCommitments';
import { ErrorState, LoadingState } from '../OverviewStates';
import MetricsPanel, { type MetricsChoice } from './MetricsPanel';

export interface MetricsTabProps {
  /** The view's commitments: the figures read their histories, which the table does not hold. */
  readonly filter: CommitmentFilter;
  readonly settings: TeamSettings;
  readonly now: Date;
  readonly showPeople: boolean;
  readonly choice: MetricsChoice | undefined;
  readonly onChoice: (choice: MetricsChoice) => void;
}

/**
 * The metrics tab: every commitment of the view read in full while it is open (the table holds
 * closed ones without their histories, domain listed.ts), and let go when it closes.
 */
export default function MetricsTab({ filter, settings, now, showPeople, choice, onChoice }: MetricsTabProps) {
  const complete = useCommitments(filter);
  if (complete.state === 'error') return <ErrorState error={complete.error} onRetry={complete.reload} />;
  if (complete.state === 'loading') return <LoadingState />;
  return (
    <MetricsPanel
      commitments={complete.value}
      settings={settings}
      now={now}
      showPeople={showPeople}
      {...(choice === undefined ? {} : { choice })}
      onChoice={onChoice}
    />
  );
}
