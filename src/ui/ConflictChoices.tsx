import { Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { Alert } from './Alert';
import { useT } from './useT';
import './mergeMessages';

export type Side = 'mine' | 'theirs';

/** One thing both the user and someone else changed, worded for the form that shows it. */
export interface ConflictChoice {
  readonly path: string;
  /** The field's name as the form labels it ("What you promise", "Step 2: due by"). */
  readonly label: string;
  /** Each side's value as people read it (a date formatted, a language named); null: removed. */
  readonly mine: string | null;
  readonly theirs: string | null;
  readonly chosen?: Side | undefined;
}

export interface ConflictChoicesProps {
  /** The questions left after merging someone else's save into the form. */
  readonly choices: readonly ConflictChoice[];
  /** Someone else's save was merged into the form: say so even when nothing needs an answer. */
  readonly merged: boolean;
  /**
   * Save attempts with questions left unanswered (0: none yet): from the first, each such question
   * says so beside it, and every attempt moves keyboard focus to the first of them.
   */
  readonly unansweredAttempts: number;
  readonly onChoose: (path: string, side: Side) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // The two versions side by side, each as wide as the other, however long one of them is.
  sides: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  option: { alignItems: 'start' },
  label: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  side: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
});

/**
 * After someone else saved while the user was editing: the form already holds their changes and
 * the user's; what both changed is shown here side by side, the user's version and the saved one,
 * and the user picks which to keep. Nothing is saved until every question has an answer.
 */
export function ConflictChoices({ choices, merged, unansweredAttempts, onChoose }: ConflictChoicesProps) {
  const styles = useStyles();
  const { t } = useT();
  const root = useRef<HTMLDivElement>(null);
  const showUnanswered = unansweredAttempts > 0;
  const open = choices.filter((choice) => choice.chosen === undefined).length;
  useEffect(() => {
    // Save is at the end of a long form: the keyboard goes to the first question left.
    if (unansweredAttempts > 0) root.current?.querySelector<HTMLElement>('[aria-invalid="true"] input')?.focus();
  }, [unansweredAttempts]);
  if (choices.length === 0) {
    return merged ? <Alert role="status">{t('merge.merged')}</Alert> : null;
  }
  const shown = (value: string | null) =>
    value === null ? t('merge.removed') : value.trim() === '' ? t('merge.empty') : value;
  return (
    <div className={styles.root} ref={root}>
      <Alert intent="warning" role="alert">
        {t('merge.conflicts')}
      </Alert>
      {showUnanswered && open > 0 && (
        <Alert intent="error" role="alert">
          {t('merge.chooseAll', { count: open })}
        </Alert>
      )}
      {choices.map((choice) => {
        const unanswered = showUnanswered && choice.chosen === undefined;
        const option = (side: Side) => (
          <Radio
            className={styles.option}
            value={side}
            label={
              <span className={styles.label}>
                <span className={styles.side}>{t(side === 'mine' ? 'merge.yours' : 'merge.theirs')}</span>{' '}
                <bdi className={styles.value}>{shown(choice[side])}</bdi>
              </span>
            }
          />
        );
        return (
          <Field
            key={choice.path}
            label={choice.label}
            {...(unanswered ? { validationMessage: t('merge.choose'), validationState: 'error' as const } : {})}
          >
            <RadioGroup
              className={styles.sides}
              value={choice.chosen ?? ''}
              onChange={(_, data) => onChoose(choice.path, data.value === 'theirs' ? 'theirs' : 'mine')}
            >
              {option('mine')}
              {option('theirs')}
            </RadioGroup>
          </Field>
        );
      })}
    </div>
  );
}
