import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  type FieldProps,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons/svg/add';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  cancel,
  concernOptions,
  deliver,
  flagAtRisk,
  raiseConcern,
  recordFeedback,
  recordUpdate,
  teamToday,
  validateConcern,
} from '../../../domain/actions';
import { formatDate } from '../../../domain/format';
import type { MessageKey } from '../../../domain/i18n';
import type { ActionContext } from '../../../domain/actions';
import type { Result } from '../../../domain/result';
import type { Draft } from '../../../domain/templates';
import type { Commitment, FeedbackRating } from '../../../domain/types';
import { LIMITS, validateText, type FieldError } from '../../../domain/validation';
import { useServices } from '../../../ui/services';
import { useT } from '../../../ui/useT';
import { useTaskPaneStyles } from '../TaskPane.styles';
import { hasStringFields, usePersistentDraft, type PersistentDraft } from '../usePersistentDraft';
import { actionDraftKey, type ActionFormProps, type ActionName } from './actionNames';
import type { CommitmentActionRunner, Templates } from './useCommitmentAction';
import '../messages';

/** Messages for the fields, by the domain's field names; shown after the first submit. */
function useFieldErrors() {
  const { fmt } = useT();
  const [errors, setErrors] = useState<readonly FieldError[] | null>(null);
  return {
    errors,
    setErrors,
    props(field: string) {
      const found = errors?.find((e) => e.field === field);
      return found === undefined ? {} : { validationMessage: fmt(found.message), validationState: 'error' as const };
    },
  };
}

type FieldErrors = ReturnType<typeof useFieldErrors>;

/**
 * Submits one action: checks it with a throwaway context first (messages beside the fields, nothing
 * saved), then runs it for real through the runner (saved, then the customer's draft opens); the
 * form forgets its stored text and closes only once the store has the change.
 */
async function submitAction(
  form: {
    readonly runner: CommitmentActionRunner;
    readonly errors: FieldErrors;
    readonly draft: Pick<PersistentDraft<unknown>, 'clear'>;
    readonly onClose: () => void;
  },
  apply: (ctx: ActionContext) => Result<Commitment, FieldError[]>,
  message?: (next: Commitment, templates: Templates) => Draft,
): Promise<void> {
  const checked = apply(form.runner.context());
  if (!checked.ok) return form.errors.setErrors(checked.error);
  form.errors.setErrors(null);
  const outcome = await form.runner.run((ctx, templates) => {
    const result = apply(ctx);
    if (!result.ok) throw new Error(result.error.map((e) => e.field).join(', '));
    return message === undefined
      ? { next: result.value }
      : { next: result.value, draft: message(result.value, templates) };
  });
  if (outcome.ok) {
    form.draft.clear();
    form.onClose();
  }
}

/** A multi-line field of an action form, with its message from the domain beside it. */
function TextAreaField({
  value,
  onChange,
  ...field
}: Omit<FieldProps, 'children' | 'onChange'> & { readonly value: string; readonly onChange: (text: string) => void }) {
  const styles = useTaskPaneStyles();
  return (
    <Field {...field}>
      <Textarea className={styles.control} resize="vertical" value={value} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}

function ActionFormFrame(props: {
  readonly title: MessageKey;
  readonly intro?: string;
  readonly submit: MessageKey;
  readonly draft: Pick<PersistentDraft<unknown>, 'dirty' | 'kept' | 'clear'>;
  readonly runner: CommitmentActionRunner;
  readonly onSubmit: () => void;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const styles = useTaskPaneStyles();
  const { t } = useT();
  const headingId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className={styles.card} aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h3 id={headingId} className={styles.subheading}>
        {t(props.title)}
      </h3>
      {props.intro !== undefined && <Text className={styles.muted}>{props.intro}</Text>}
      {props.draft.dirty && (
        <Text size={200} className={styles.muted}>
          {props.draft.kept ? t('taskpane.form.keptLocally') : t('taskpane.form.notKept')}
        </Text>
      )}
      {props.children}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={props.runner.busy}>
          {t(props.submit)}
        </Button>
        <Button onClick={props.onClose}>{t('common.close')}</Button>
        {props.draft.dirty && (
          <Button appearance="subtle" onClick={() => props.draft.clear()}>
            {t('taskpane.form.discard')}
          </Button>
        )}
      </div>
    </form>
  );
}

// ---- Send update -------------------------------------------------------------------------------

const isUpdateDraft = hasStringFields('note', 'onTrack');

export function SendUpdateForm({ commitment: c, settings, runner, onClose }: ActionFormProps) {
  const { t, locale } = useT();
  const draft = usePersistentDraft(actionDraftKey(c, 'update'), () => ({ note: '', onTrack: 'yes' }), isUpdateDraft);
  const errors = useFieldErrors();
  const submit = () => {
    const update = { note: draft.value.note, onTrack: draft.value.onTrack !== 'no' };
    return submitAction(
      { runner, errors, draft, onClose },
      (ctx) => recordUpdate(c, update, ctx),
      (next, templates) => templates.updateDraft(next, update, settings, runner.draftLocale),
    );
  };
  return (
    <ActionFormFrame
      title="taskpane.update.heading"
      intro={t('taskpane.update.intro')}
      submit="taskpane.update.submit"
      draft={draft}
      runner={runner}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <RadioGroup
        aria-label={t('taskpane.update.onTrack', { date: formatDate(c.promisedDate, locale) })}
        value={draft.value.onTrack}
        onChange={(_, d) => draft.set((v) => ({ ...v, onTrack: d.value }))}
      >
        <Text>{t('taskpane.update.onTrack', { date: formatDate(c.promisedDate, locale) })}</Text>
        <Radio value="yes" label={t('taskpane.update.onTrackYes')} />
        <Radio value="no" label={t('taskpane.update.onTrackNo')} />
      </RadioGroup>
      <TextAreaField
        label={t('taskpane.update.note')}
        hint={t('taskpane.update.noteHint')}
        {...errors.props('note')}
        value={draft.value.note}
        onChange={(text) => draft.set((v) => ({ ...v, note: text }))}
      />
    </ActionFormFrame>
  );
}

// ---- Raise concern -----------------------------------------------------------------------------

interface ConcernDraftValue {
  readonly risk: string;
  readonly recovery: string;
  readonly options: readonly string[];
  readonly proposedDate: string;
}

const isConcernDraft = (v: unknown): v is ConcernDraftValue =>
  hasStringFields('risk', 'recovery', 'proposedDate')(v) &&
  Array.isArray((v as unknown as { options?: unknown }).options) &&
  (v as unknown as { options: unknown[] }).options.every((o) => typeof o === 'string');

export function RaiseConcernForm({ commitment: c, settings, runner, onClose }: ActionFormProps) {
  const styles = useTaskPaneStyles();
  const { t, locale } = useT();
  const { clock } = useServices();
  const draft = usePersistentDraft(
    actionDraftKey(c, 'concern'),
    (): ConcernDraftValue => ({ risk: '', recovery: '', options: ['', ''], proposedDate: '' }),
    isConcernDraft,
  );
  const errors = useFieldErrors();
  const value = draft.value;
  const concern = {
    risk: value.risk,
    recovery: value.recovery,
    options: value.options,
    ...(value.proposedDate.trim() !== '' ? { proposedDate: value.proposedDate } : {}),
  };
  const setField = (field: 'risk' | 'recovery' | 'proposedDate', text: string) => {
    draft.set((v) => ({ ...v, [field]: text }));
    if (errors.errors !== null) {
      const next = { ...concern, [field]: text };
      errors.setErrors(validateConcern(c, next, teamToday(settings, clock.now())));
    }
  };

  const submit = () =>
    submitAction(
      { runner, errors, draft, onClose },
      (ctx) => raiseConcern(c, concern, settings, ctx),
      // The draft names the date as it was promised before, next to the proposed one.
      (_next, templates) =>
        templates.concernDraft(
          c,
          { ...concern, options: concernOptions(concern.options) },
          settings,
          runner.draftLocale,
        ),
    );

  return (
    <ActionFormFrame
      title="taskpane.concern.heading"
      intro={t('taskpane.concern.intro')}
      submit="taskpane.concern.submit"
      draft={draft}
      runner={runner}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextAreaField
        label={t('taskpane.concern.risk')}
        required
        {...errors.props('risk')}
        value={value.risk}
        onChange={(text) => setField('risk', text)}
      />
      <TextAreaField
        label={t('taskpane.concern.recovery')}
        hint={t('taskpane.concern.recoveryHint')}
        required
        {...errors.props('recovery')}
        value={value.recovery}
        onChange={(text) => setField('recovery', text)}
      />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('taskpane.concern.options')}</legend>
        <Text size={200} className={styles.muted}>
          {t('taskpane.concern.optionsHint')}
        </Text>
        {value.options.map((option, index) => (
          <Field
            key={index}
            label={t('taskpane.concern.option', { n: index + 1 })}
            {...errors.props(`options.${index}`)}
          >
            <Input
              className={styles.control}
              value={option}
              onChange={(_, d) =>
                draft.set((v) => ({ ...v, options: v.options.map((o, i) => (i === index ? d.value : o)) }))
              }
            />
          </Field>
        ))}
        {errors.props('options').validationMessage !== undefined && (
          <Text role="alert">{errors.props('options').validationMessage}</Text>
        )}
        {value.options.length < LIMITS.options && (
          <div>
            <Button
              icon={<AddRegular />}
              size="small"
              onClick={() => draft.set((v) => ({ ...v, options: [...v.options, ''] }))}
            >
              {t('taskpane.concern.addOption')}
            </Button>
          </div>
        )}
      </fieldset>
      <Field
        label={t('taskpane.concern.proposedDate')}
        hint={t('taskpane.concern.proposedHint', { date: formatDate(c.promisedDate, locale) })}
        {...errors.props('proposedDate')}
      >
        <Input
          className={styles.control}
          type="date"
          value={value.proposedDate}
          onChange={(_, d) => setField('proposedDate', d.value)}
        />
      </Field>
    </ActionFormFrame>
  );
}

// ---- Deliver -----------------------------------------------------------------------------------

const isNoteDraft = hasStringFields('note');

export function DeliverForm({ commitment: c, settings, runner, onClose }: ActionFormProps) {
  const { t } = useT();
  const draft = usePersistentDraft(actionDraftKey(c, 'deliver'), () => ({ note: '' }), isNoteDraft);
  const errors = useFieldErrors();
  const open = c.steps.filter((s) => s.doneAt === undefined).length;
  const submit = () =>
    submitAction(
      { runner, errors, draft, onClose },
      (ctx) => deliver(c, draft.value.note, ctx),
      (next, templates) => templates.deliveryDraft(next, draft.value.note, settings, runner.draftLocale),
    );
  return (
    <ActionFormFrame
      title="taskpane.deliver.heading"
      intro={open > 0 ? t('taskpane.deliver.openSteps', { count: open }) : t('taskpane.deliver.intro')}
      submit="taskpane.deliver.submit"
      draft={draft}
      runner={runner}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextAreaField
        label={t('taskpane.deliver.note')}
        hint={t('taskpane.deliver.noteHint')}
        {...errors.props('note')}
        value={draft.value.note}
        onChange={(text) => draft.set((v) => ({ ...v, note: text }))}
      />
    </ActionFormFrame>
  );
}

// ---- Record feedback ---------------------------------------------------------------------------

const isFeedbackDraft = hasStringFields('rating', 'comment');
const RATINGS: readonly FeedbackRating[] = [1, 2, 3, 4, 5];

export function FeedbackForm({ commitment: c, runner, onClose }: ActionFormProps) {
  const styles = useTaskPaneStyles();
  const { t } = useT();
  const draft = usePersistentDraft(actionDraftKey(c, 'feedback'), () => ({ rating: '', comment: '' }), isFeedbackDraft);
  const errors = useFieldErrors();
  const submit = () => {
    const feedback = { rating: Number(draft.value.rating) as FeedbackRating, comment: draft.value.comment };
    return submitAction({ runner, errors, draft, onClose }, (ctx) => recordFeedback(c, feedback, ctx));
  };
  return (
    <ActionFormFrame
      title="taskpane.feedback.heading"
      intro={t('taskpane.feedback.intro')}
      submit="taskpane.feedback.submit"
      draft={draft}
      runner={runner}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Field label={t('taskpane.feedback.rating')} required {...errors.props('rating')}>
        <RadioGroup
          layout="horizontal"
          className={styles.row}
          value={draft.value.rating}
          onChange={(_, d) => draft.set((v) => ({ ...v, rating: d.value }))}
        >
          {RATINGS.map((r) => (
            <Radio
              key={r}
              value={String(r)}
              label={String(r)}
              aria-label={t('taskpane.feedback.ratingOption', { n: r })}
            />
          ))}
        </RadioGroup>
      </Field>
      <TextAreaField
        label={t('taskpane.feedback.comment')}
        {...errors.props('comment')}
        value={draft.value.comment}
        onChange={(text) => draft.set((v) => ({ ...v, comment: text }))}
      />
    </ActionFormFrame>
  );
}

// ---- Cancel ------------------------------------------------------------------------------------

const isCancelDraft = hasStringFields('reason', 'agreed');

export function CancelForm({ commitment: c, runner, onClose }: ActionFormProps) {
  const { t } = useT();
  const draft = usePersistentDraft(actionDraftKey(c, 'cancel'), () => ({ reason: '', agreed: 'no' }), isCancelDraft);
  const errors = useFieldErrors();
  const submit = () => {
    const cancellation = { reason: draft.value.reason, customerAgreed: draft.value.agreed === 'yes' };
    return submitAction({ runner, errors, draft, onClose }, (ctx) => cancel(c, cancellation, ctx));
  };
  return (
    <ActionFormFrame
      title="taskpane.cancel.heading"
      intro={t('taskpane.cancel.intro')}
      submit="taskpane.cancel.submit"
      draft={draft}
      runner={runner}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextAreaField
        label={t('taskpane.cancel.reason')}
        required
        {...errors.props('reason')}
        value={draft.value.reason}
        onChange={(text) => draft.set((v) => ({ ...v, reason: text }))}
      />
      <Checkbox
        checked={draft.value.agreed === 'yes'}
        onChange={(_, d) => draft.set((v) => ({ ...v, agreed: d.checked === true ? 'yes' : 'no' }))}
        label={t('taskpane.cancel.agreed', { name: c.customer.name || c.customer.email })}
      />
    </ActionFormFrame>
  );
}

// ---- Flag at risk ------------------------------------------------------------------------------

export function FlagForm({ commitment: c, runner, onClose }: ActionFormProps) {
  const { t } = useT();
  const draft = usePersistentDraft(actionDraftKey(c, 'flag'), () => ({ note: '' }), isNoteDraft);
  const errors = useFieldErrors();
  const submit = async () => {
    const found = validateText('note', draft.value.note, LIMITS.note);
    errors.setErrors(found);
    if (found.length > 0) return;
    const outcome = await runner.run((ctx) => ({ next: flagAtRisk(c, draft.value.note, ctx) }));
    if (outcome.ok) {
      draft.clear();
      onClose();
    }
  };
  return (
    <ActionFormFrame
      title="taskpane.flag.heading"
      intro={t('taskpane.flag.intro')}
      submit="taskpane.flag.submit"
      draft={draft}
      runner={runner}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextAreaField
        label={t('taskpane.flag.note')}
        {...errors.props('note')}
        value={draft.value.note}
        onChange={(text) => draft.set((v) => ({ ...v, note: text }))}
      />
    </ActionFormFrame>
  );
}

const FORMS: Record<ActionName, (props: ActionFormProps) => ReactNode> = {
  update: SendUpdateForm,
  concern: RaiseConcernForm,
  deliver: DeliverForm,
  feedback: FeedbackForm,
  cancel: CancelForm,
  flag: FlagForm,
};

/** The form of one action; this module loads when the first action form opens. */
export function ActionForm({ name, ...props }: ActionFormProps & { readonly name: ActionName }) {
  const Form = FORMS[name];
  return <Form {...props} />;
}
