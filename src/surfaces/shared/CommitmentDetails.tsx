import { Checkbox, Spinner, Text } from '@fluentui/react-components';
import { Suspense, useId, useRef, useState, type ReactNode } from 'react';
import { actionBlocked, setStepDone } from '../../domain/actions';
import { formatDate } from '../../domain/format';
import type { StepId } from '../../domain/ids';
import { statusAt } from '../../domain/status';
import type { Commitment, TeamSettings } from '../../domain/types';
import { lazyTranslated, useLoaded } from '../../ui/lazyTranslated';
import { usePendingOpen } from '../../ui/openWhenLoaded';
import { preloadOnIntent } from '../../ui/preloadOnIntent';
import { StatusBadge } from '../../ui/StatusBadge';
import { useNow } from '../../ui/useNow';
import { useT } from '../../ui/useT';
import { ActionPanel } from './actions/ActionPanel';
import { useCommitmentActions } from './actions/useCommitmentActions';
import { CommitmentFacts } from './CommitmentFacts';
import { HistoryList } from './HistoryList';
import { StatusReasons } from './StatusReasons';
import { editDraftKey } from './usePersistentDraft';
import { usePaneStyles } from './usePaneStyles.styles';
import './messages';

// The customer's reply shows only on commitments with one (or a thread still to be read).
const CustomerReply = lazyTranslated(() => import('./CustomerReply').then((m) => m.CustomerReply));

/**
 * For a frame that loads the details on demand (the overview's drawer): the customer's reply loads
 * with it, so an opened commitment shows its reply at once instead of moving its plan down after.
 */
export const preloadCustomerReply = (): Promise<void> => CustomerReply.preload().catch(() => undefined);

// Editing the plan reuses the create form, which stays out of the first load.
export const EditCommitmentForm = lazyTranslated(() =>
  import('./commitment-form/CreateCommitmentForm').then((m) => m.EditCommitmentForm),
);
const editIntent = preloadOnIntent(EditCommitmentForm);

/** Unsaved edits of the plan reopen the edit form after a reload. */
function hasUnsavedEdit(c: Commitment): boolean {
  try {
    return localStorage.getItem(editDraftKey(c.id)) !== null;
  } catch {
    return false;
  }
}

export interface CommitmentDetailsProps {
  readonly commitment: Commitment;
  readonly settings: TeamSettings;
  /** Re-read the commitment (after a conflict, the stored version is shown with the typed text kept). */
  readonly onReload?: () => void;
  /** The owner's name among the facts (the overview shows many people's commitments). */
  readonly showOwner?: boolean;
  /** Surface-specific lines under the status (the overview's links to the source email). */
  readonly children?: ReactNode;
}

/**
 * One commitment as the task pane and the overview's details both show it: status and why, the
 * facts, the plan with its steps, every action, and the history. The surfaces differ in what
 * frames it (a pane header, a drawer), not in what it says or offers.
 */
export function CommitmentDetails({ commitment: c, settings, onReload, showOwner, children }: CommitmentDetailsProps) {
  const styles = usePaneStyles();
  const { t, locale } = useT();
  const now = useNow(30_000);
  const actions = useCommitmentActions(c, settings, onReload);
  // 'opened' by Edit plan (focus moves into the form), 'restored' after a reload (it does not).
  const [edit, setEdit] = useState<'opened' | 'restored' | null>(() => (hasUnsavedEdit(c) ? 'restored' : null));
  const planHeading = useRef<HTMLHeadingElement>(null);
  const opening = usePendingOpen();
  const wantsReply =
    c.customerReply !== undefined || actions.thread.status === 'needs-consent' || actions.thread.status === 'failed';
  // Shown once its code has arrived, a moment after the rest: suspended, its spinner would be held on
  // screen for React's 300 ms.
  const replyReady = useLoaded(wantsReply ? CustomerReply : undefined);
  const planId = useId();
  const status = statusAt(c, settings, now);
  const editing = edit !== null && actionBlocked(c, 'edit') === null;
  const tickBlocked = actionBlocked(c, 'tick') !== null;

  const closeEdit = () => {
    setEdit(null);
    // The form replaced the plan: the keyboard goes back to the plan it edited.
    requestAnimationFrame(() => planHeading.current?.focus());
  };
  const tick = (stepId: StepId, done: boolean) =>
    void actions.run((current, ctx) => setStepDone(current, stepId, done, ctx));

  // People's own words (title, steps, criteria, comments) are isolated with bdi: an English step keeps
  // its punctuation where it belongs in a Persian pane.
  return (
    <div className={styles.section}>
      <div className={styles.statusLine}>
        <StatusBadge kind={status.kind} />
        {status.delivery !== undefined && (
          <Text className={styles.muted}>{t(`rules.delivery.${status.delivery}`)}</Text>
        )}
      </div>
      {children}
      <CommitmentFacts
        commitment={c}
        status={status}
        settings={settings}
        now={now}
        {...(showOwner === true ? { showOwner } : {})}
      />
      <StatusReasons commitment={c} status={status} settings={settings} />
      {wantsReply && replyReady && (
        <Suspense fallback={null}>
          <CustomerReply commitment={c} actions={actions} />
        </Suspense>
      )}
      {c.feedback !== undefined && (
        <Text className={styles.wrap}>
          {t('commitment.feedback', { rating: c.feedback.rating })}
          {c.feedback.comment !== '' && (
            <>
              {' “'}
              <bdi>{c.feedback.comment}</bdi>”
            </>
          )}
        </Text>
      )}

      {editing ? (
        <Suspense fallback={<Spinner size="tiny" label={t('common.loading')} />}>
          <EditCommitmentForm
            commitment={c}
            settings={settings}
            actions={actions}
            focusOnOpen={edit === 'opened'}
            onClose={closeEdit}
          />
        </Suspense>
      ) : (
        <section className={styles.section} aria-labelledby={planId}>
          <h3 id={planId} ref={planHeading} tabIndex={-1} className={styles.subheading}>
            {t('commitment.plan')}
          </h3>
          {c.steps.length === 0 ? (
            <Text className={styles.muted}>{t('commitment.noSteps')}</Text>
          ) : (
            <ul className={styles.plainList}>
              {c.steps.map((step) => {
                const meta = [
                  step.dueDate !== undefined ? t('commitment.stepDue', { date: formatDate(step.dueDate, locale) }) : '',
                  step.owner !== undefined ? step.owner.name || step.owner.email : '',
                ].filter((m) => m !== '');
                return (
                  <li key={step.id}>
                    <Checkbox
                      checked={step.doneAt !== undefined}
                      // A delivered or cancelled commitment is a record: its steps are no longer ticked or unticked.
                      disabled={tickBlocked || actions.busy}
                      onChange={(_, d) => tick(step.id, d.checked === true)}
                      label={
                        <bdi className={step.doneAt !== undefined ? styles.stepDone : styles.wrap}>{step.text}</bdi>
                      }
                    />
                    {meta.length > 0 && <div className={styles.stepMeta}>{meta.join(' · ')}</div>}
                  </li>
                );
              })}
            </ul>
          )}
          {c.acceptanceCriteria !== '' && (
            <Text className={styles.wrap}>
              <Text weight="semibold">{t('commitment.criteria')}</Text>
              {/* A full-width colon (Chinese) carries its own space. */}
              {t('commitment.criteria').endsWith('：') ? '' : ' '}
              <bdi>{c.acceptanceCriteria}</bdi>
            </Text>
          )}
        </section>
      )}

      {!editing && opening.slow && <Spinner size="tiny" label={t('common.loading')} />}
      {!editing && (
        <ActionPanel
          commitment={c}
          settings={settings}
          actions={actions}
          edit={{ ...editIntent, onClick: () => opening.open(EditCommitmentForm, () => setEdit('opened')) }}
        />
      )}

      <HistoryList commitment={c} settings={settings} heading={t('commitment.history')} />
    </div>
  );
}
