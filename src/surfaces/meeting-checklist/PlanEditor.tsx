import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  useId,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons/svg/add';
import { DeleteRegular } from '@fluentui/react-icons/svg/delete';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Commitment } from '../../domain/types';
import { useServices } from '../../ui/services';
import { useT } from '../../ui/useT';
import { validation } from './formHelpers';
import type { MeetingChecklistState } from './useMeetingChecklist';
import { useMeetingChecklistStyles } from './useMeetingChecklistStyles.styles';
import { usePlanEditor } from './usePlanEditor';
import './messages';

export interface PlanEditorProps {
  readonly checklist: MeetingChecklistState;
  readonly commitment: Commitment;
  /** Called after a save (saved = true) or on Cancel / Escape. */
  readonly onClose: (saved: boolean) => void;
}

/**
 * Turns a one-line meeting promise into a full commitment, in place: plan steps with dates,
 * "done means…", and the internal target beside the promised date. Everything else (sharing the
 * plan, updates, concerns) lives in the overview, linked at the bottom.
 */
export function PlanEditor({ checklist, commitment, onClose }: PlanEditorProps) {
  const styles = useMeetingChecklistStyles();
  const { t } = useT();
  const { host } = useServices();
  const editor = usePlanEditor(checklist, commitment);
  const headingId = useId('plan-heading');
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const stepCount = editor.steps.length;
  const previousCount = useRef(stepCount);

  useEffect(() => {
    firstFieldRef.current?.focus();
  }, []);
  useEffect(() => {
    // A new step row gets the focus, so "Add step" then typing just works.
    if (stepCount > previousCount.current) editor.lastStepRef.current?.focus();
    previousCount.current = stepCount;
  }, [stepCount, editor.lastStepRef]);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose(false);
    }
  };

  return (
    <form
      className={styles.inline}
      aria-labelledby={headingId}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void editor.save().then((saved) => saved && onClose(true));
      }}
    >
      <Text id={headingId} weight="semibold">
        {t('meeting.plan.heading', { title: commitment.title })}
      </Text>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('meeting.plan.steps')}</legend>
        {editor.steps.length === 0 && <Text className={styles.hint}>{t('meeting.plan.noSteps')}</Text>}
        {editor.steps.map((step, index) => {
          const n = index + 1;
          const last = index === editor.steps.length - 1;
          const textRef = (element: HTMLInputElement | null) => {
            if (index === 0) firstFieldRef.current = element;
            if (last) editor.lastStepRef.current = element;
          };
          return (
            <div key={step.key} className={styles.step}>
              <Field
                className={styles.stepText}
                label={step.done ? t('meeting.plan.stepDone', { n }) : t('meeting.plan.step', { n })}
                {...validation(editor.errors[`step:${step.key}:text`])}
              >
                <Input
                  ref={textRef}
                  value={step.text}
                  onChange={(_, d) => editor.setStep(step.key, { text: d.value })}
                />
              </Field>
              <Field
                label={t('meeting.plan.stepDue', { n })}
                {...validation(editor.errors[`step:${step.key}:dueDate`])}
              >
                <Input
                  type="date"
                  value={step.dueDate}
                  onChange={(_, d) => editor.setStep(step.key, { dueDate: d.value })}
                />
              </Field>
              <Button
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={t('meeting.plan.removeStep', { n })}
                title={t('meeting.plan.removeStep', { n })}
                onClick={() => editor.removeStep(step.key)}
              />
            </div>
          );
        })}
        <div>
          <Button icon={<AddRegular />} onClick={editor.addStep}>
            {t('meeting.plan.addStep')}
          </Button>
        </div>
      </fieldset>
      <Field
        label={t('meeting.plan.criteria')}
        hint={t('meeting.plan.criteriaHint')}
        {...validation(editor.errors.acceptanceCriteria)}
      >
        <Textarea value={editor.criteria} resize="vertical" onChange={(_, d) => editor.setCriteria(d.value)} />
      </Field>
      <Field label={t('meeting.plan.target')} {...validation(editor.errors.targetDate)}>
        <Input type="date" value={editor.targetDate} onChange={(_, d) => editor.setTargetDate(d.value)} />
      </Field>
      <Field label={t('meeting.plan.promised')} {...validation(editor.errors.promisedDate)}>
        <Input type="date" value={editor.promisedDate} onChange={(_, d) => editor.setPromisedDate(d.value)} />
      </Field>
      {(editor.notice !== undefined || editor.errors.general !== undefined) && (
        <MessageBar intent={editor.notice !== undefined ? 'warning' : 'error'}>
          <MessageBarBody>{editor.notice ?? editor.errors.general}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={editor.busy}>
          {t('meeting.plan.save')}
        </Button>
        <Button onClick={() => onClose(false)}>{t('common.cancel')}</Button>
        <Link href={host.commitmentLink(commitment.id, commitment.teamId)} target="_blank" rel="noopener noreferrer">
          {t('meeting.row.openInOverview')}
        </Link>
      </div>
    </form>
  );
}
