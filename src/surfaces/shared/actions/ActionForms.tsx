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
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import {
  answerProposal,
  cancel,
  closeConcern,
  flagAtRisk,
  recordFeedback,
  recordSignOff,
  reassign,
  reopen,
  teamToday,
  validateConcern,
  type ActionContext,
} from '../../../domain/actions';
import { formatDate } from '../../../domain/format';
import type { MessageKey } from '../../../domain/i18n';
import type { MessageAction } from '../../../domain/messageActions';
import type { Result } from '../../../domain/result';
import { statusAt } from '../../../domain/status';
import type { Commitment, FeedbackRating, TeamSettings } from '../../../domain/types';
import { LIMITS, validateText, type FieldError } from '../../../domain/validation';
import { useServices } from '../../../ui/services';
import { useT } from '../../../ui/useT';
import { usePaneStyles } from '../usePaneStyles.styles';
import { hasStringFields, usePersistentDraft, type PersistentDraft } from '../usePersistentDraft';
import { actionDraftKey, type ActionFormName } from './actionNames';
import type { CommitmentActions } from './useCommitmentActions';
import '../messages';

export interface ActionFormProps {
  readonly commitment: Commitment;
  readonly settings: TeamSettings;
  readonly actions: CommitmentActions;
  /** The form closes; what was typed stays stored until saved or discarded. */
  readonly onClose: () => void;
  /** A message form drafted its message: it closes while Kept waits to hear the message was sent. */
  readonly onDrafted: () => void;
  /** Opened by the user (not restored after a reload): the keyboard focus moves into the form. */
  readonly focusOnOpen?: boolean;
}

/** Messages for the fields, by the domain's field names; shown after the first submit. */
function useFieldErrors() {
  const { fmt } = useT();
  const [errors, setErrors] = useState<readonly FieldError[] | null>(null);
  return {
    errors,
    setErrors,
    props(field: string) {
      const found = errors?.find((e) => e.field === field || e.field.startsWith(`${field}.`));
      return found === undefined ? {} : { validationMessage: fmt(found.message), validationState: 'error' as const };
    },
    /** Errors about the action as a whole (e.g. it was delivered meanwhile), not one field. */
    general(): string | undefined {
      const found = errors?.find((e) => e.field === 'action');
      return found === undefined ? undefined : fmt(found.message);
    },
  };
}

type FieldErrors = ReturnType<typeof useFieldErrors>;

/** Saves a change that is no message; the form forgets its text and closes once the store has it. */
async function submitChange(
  form: {
    readonly actions: CommitmentActions;
    readonly errors: FieldErrors;
    readonly draft: Pick<PersistentDraft<unknown>, 'clear'>;
    readonly onClose: () => void;
  },
  apply: (c: Commitment, ctx: ActionContext) => Result<Commitment, FieldError[]> | Commitment,
): Promise<void> {
  const outcome = await form.actions.run(apply);
  form.errors.setErrors(outcome.fieldErrors ?? null);
  if (outcome.ok) {
    form.draft.clear();
    form.onClose();
  }
}

/** Drafts a message; its text stays stored until the message is recorded as sent. */
async function submitMessage(
  form: { readonly actions: CommitmentActions; readonly errors: FieldErrors; readonly onDrafted: () => void },
  action: MessageAction,
  name: ActionFormName,
): Promise<void> {
  const outcome = await form.actions.send(action, name);
  form.errors.setErrors(outcome.fieldErrors ?? null);
  if (outcome.ok) form.onDrafted();
}

/** A multi-line field of an action form, with its message from the domain beside it. */
function TextAreaField({
  value,
  onChange,
  ...field
}: Omit<FieldProps, 'children' | 'onChange'> & { readonly value: string; readonly onChange: (text: string) => void }) {
  const styles = usePaneStyles();
  return (
    <Field {...field}>
      <Textarea className={styles.control} resize="vertical" value={value} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}

function ActionFormFrame(props: {
  readonly title: MessageKey;
  readonly intro?: ReactNode;
  readonly submit: MessageKey;
  readonly draft: Pick<PersistentDraft<unknown>, 'dirty' | 'kept' | 'clear'>;
  readonly actions: CommitmentActions;
  readonly errors: FieldErrors;
  readonly onSubmit: () => void;
  readonly onClose: () => void;
  readonly focusOnOpen?: boolean | undefined;
  readonly children: ReactNode;
}) {
  const styles = usePaneStyles();
  const { t } = useT();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // Opened by a button, the form takes the keyboard with it; restored after a reload, it does not.
  const focusOnOpen = props.focusOnOpen !== false;
  useEffect(() => {
    if (!focusOnOpen) return;
    heading.current?.focus();
    // Opened low in a short pane (Outlook's is often 600 px tall), the focus showed its heading and
    // left the rest below the pane's edge. 'nearest' brings the whole form into view when it fits, and
    // its top when it does not (CSSOM View's rule), so the heading stays in sight either way.
    form.current?.scrollIntoView?.({ block: 'nearest' });
  }, [focusOnOpen]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  // Escape closes the form as its Close button does (what was typed stays stored), as the meeting's
  // plan editor does; an open list inside it (a picker) takes its Escape first. Kept from the frame
  // around it: in the overview's details, the next Escape closes the details.
  const escape = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (event.target instanceof HTMLElement && event.target.getAttribute('aria-expanded') === 'true') return;
    event.stopPropagation();
    props.onClose();
  };
  const general = props.errors.general();
  return (
    <form
      ref={form}
      className={styles.card}
      aria-labelledby={headingId}
      noValidate
      onSubmit={submit}
      onKeyDown={escape}
    >
      <h3 id={headingId} ref={heading} tabIndex={-1} className={styles.subheading}>
        {t(props.title)}
      </h3>
      {props.intro !== undefined && <Text className={styles.muted}>{props.intro}</Text>}
      {props.draft.dirty && (
        <Text size={200} className={styles.muted}>
          {props.draft.kept ? t('actions.form.keptLocally') : t('actions.form.notKept')}
        </Text>
      )}
      {props.children}
      {general !== undefined && <Text role="alert">{general}</Text>}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={props.actions.busy}>
          {props.actions.busy ? t('actions.form.busy') : t(props.submit)}
        </Button>
        <Button onClick={props.onClose}>{t('actions.form.close')}</Button>
        {props.draft.dirty && (
          <Button appearance="subtle" onClick={() => props.draft.clear()}>
            {t('actions.form.discard')}
          </Button>
        )}
      </div>
    </form>
  );
}

// ---- Send update -------------------------------------------------------------------------------

const isUpdateDraft = hasStringFields('note', 'onTrack');

export function SendUpdateForm({ commitment: c, settings, actions, onClose, onDrafted, focusOnOpen }: ActionFormProps) {
  const { t, locale } = useT();
  const { clock } = useServices();
  // Offered as the honest default: a commitment at risk or overdue is not on track.
  const startsOnTrack = (() => {
    const status = statusAt(c, settings, clock.now());
    return !status.atRisk && !status.overdue;
  })();
  const draft = usePersistentDraft(
    actionDraftKey(c, 'update'),
    () => ({ note: '', onTrack: startsOnTrack ? 'yes' : 'no' }),
    isUpdateDraft,
  );
  const errors = useFieldErrors();
  const onTrack = draft.value.onTrack !== 'no';
  const date = formatDate(c.promisedDate, locale);
  const submit = () =>
    submitMessage(
      { actions, errors, onDrafted },
      { kind: 'update', update: { note: draft.value.note, onTrack } },
      'update',
    );
  return (
    <ActionFormFrame
      title="actions.update.heading"
      intro={t('actions.update.intro')}
      submit="actions.update.submit"
      draft={draft}
      actions={actions}
      errors={errors}
      onSubmit={() => void submit()}
      onClose={onClose}
      focusOnOpen={focusOnOpen}
    >
      <Field label={t('actions.update.onTrack', { date })}>
        <RadioGroup value={draft.value.onTrack} onChange={(_, d) => draft.set((v) => ({ ...v, onTrack: d.value }))}>
          <Radio value="yes" label={t('actions.update.onTrackYes')} />
          <Radio value="no" label={t('actions.update.onTrackNo')} />
        </RadioGroup>
      </Field>
      {!onTrack && <Text>{t('actions.update.offTrackHint')}</Text>}
      <TextAreaField
        label={t('actions.update.note')}
        hint={t('actions.update.noteHint')}
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

export function RaiseConcernForm({
  commitment: c,
  settings,
  actions,
  onClose,
  onDrafted,
  focusOnOpen,
}: ActionFormProps) {
  const styles = usePaneStyles();
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

  return (
    <ActionFormFrame
      title="actions.concern.heading"
      intro={t('actions.concern.intro')}
      submit="actions.concern.submit"
      draft={draft}
      actions={actions}
      errors={errors}
      onSubmit={() => void submitMessage({ actions, errors, onDrafted }, { kind: 'concern', concern }, 'concern')}
      onClose={onClose}
      focusOnOpen={focusOnOpen}
    >
      <TextAreaField
        label={t('actions.concern.risk')}
        required
        {...errors.props('risk')}
        value={value.risk}
        onChange={(text) => setField('risk', text)}
      />
      <TextAreaField
        label={t('actions.concern.recovery')}
        hint={t('actions.concern.recoveryHint')}
        required
        {...errors.props('recovery')}
        value={value.recovery}
        onChange={(text) => setField('recovery', text)}
      />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('actions.concern.options')}</legend>
        <Text size={200} className={styles.muted}>
          {t('actions.concern.optionsHint')}
        </Text>
        {value.options.map((option, index) => (
          <Field
            key={index}
            label={t('actions.concern.option', { n: index + 1 })}
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
              {t('actions.concern.addOption')}
            </Button>
          </div>
        )}
      </fieldset>
      <Field
        label={t('actions.concern.proposedDate')}
        hint={t('actions.concern.proposedHint', { date: formatDate(c.promisedDate, locale) })}
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

// ---- The customer's answer to a proposed date --------------------------------------------------

const isAnswerDraft = hasStringFields('answer', 'recovery');

export function AnswerForm({ commitment: c, settings, actions, onClose, focusOnOpen }: ActionFormProps) {
  const { t, locale } = useT();
  const { clock } = useServices();
  const draft = usePersistentDraft(actionDraftKey(c, 'answer'), () => ({ answer: '', recovery: '' }), isAnswerDraft);
  const errors = useFieldErrors();
  const proposed = statusAt(c, settings, clock.now()).proposedDate ?? '';
  const words = {
    proposed: formatDate(proposed, locale),
    promised: formatDate(c.promisedDate, locale),
    customer: c.customer.name || c.customer.email,
  };
  const submit = () =>
    submitChange({ actions, errors, draft, onClose }, (current, ctx) =>
      draft.value.answer === 'kept-old-date'
        ? answerProposal(current, { answer: 'kept-old-date', recovery: draft.value.recovery }, ctx)
        : draft.value.answer === 'accepted'
          ? answerProposal(current, { answer: 'accepted' }, ctx)
          : { ok: false, error: [{ field: 'answer', message: { key: 'actions.answer.choose' } }] },
    );
  return (
    <ActionFormFrame
      title="actions.answer.heading"
      intro={t('actions.answer.intro', words)}
      submit="actions.answer.submit"
      draft={draft}
      actions={actions}
      errors={errors}
      onSubmit={() => void submit()}
      onClose={onClose}
      focusOnOpen={focusOnOpen}
    >
      <Field label={t('actions.answer.choice')} required {...errors.props('answer')}>
        <RadioGroup value={draft.value.answer} onChange={(_, d) => draft.set((v) => ({ ...v, answer: d.value }))}>
          <Radio value="accepted" label={t('actions.answer.accepted', words)} />
          <Radio value="kept-old-date" label={t('actions.answer.keptOldDate', words)} />
        </RadioGroup>
      </Field>
      {draft.value.answer === 'kept-old-date' && (
        <TextAreaField
          label={t('actions.answer.recovery', words)}
          required
          {...errors.props('recovery')}
          value={draft.value.recovery}
          onChange={(text) => draft.set((v) => ({ ...v, recovery: text }))}
        />
      )}
    </ActionFormFrame>
  );
}

const isNoteDraft = hasStringFields('note');

// ---- Deliver -----------------------------------------------------------------------------------

export function DeliverForm({ commitment: c, actions, onClose, onDrafted, focusOnOpen }: ActionFormProps) {
  const { t } = useT();
  const draft = usePersistentDraft(actionDraftKey(c, 'deliver'), () => ({ note: '' }), isNoteDraft);
  const errors = useFieldErrors();
  const open = c.steps.filter((s) => s.doneAt === undefined).length;
  const checker = c.checker === undefined ? undefined : c.checker.name || c.checker.email;
  return (
    <ActionFormFrame
      title="actions.deliver.heading"
      intro={
        <>
          {open > 0 ? t('actions.deliver.openSteps', { count: open }) : t('actions.deliver.intro')}
          {checker !== undefined && ` ${t('actions.deliver.checker', { checker })}`}
        </>
      }
      submit="actions.deliver.submit"
      draft={draft}
      actions={actions}
      errors={errors}
      onSubmit={() =>
        void submitMessage({ actions, errors, onDrafted }, { kind: 'deliver', note: draft.value.note }, 'deliver')
      }
      onClose={onClose}
      focusOnOpen={focusOnOpen}
    >
      <TextAreaField
        label={t('actions.deliver.note')}
        hint={t('actions.deliver.noteHint')}
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

export function FeedbackForm({ commitment: c, actions, onClose, focusOnOpen }: ActionFormProps) {
  const styles = usePaneStyles();
  const { t } = useT();
  const draft = usePersistentDraft(actionDraftKey(c, 'feedback'), () => ({ rating: '', comment: '' }), isFeedbackDraft);
  const errors = useFieldErrors();
  const submit = () => {
    const feedback = { rating: Number(draft.value.rating) as FeedbackRating, comment: draft.value.comment };
    return submitChange({ actions, errors, draft, onClose }, (current, ctx) => recordFeedback(current, feedback, ctx));
  };
  return (
    <ActionFormFrame
      title="actions.feedback.heading"
      intro={t('actions.feedback.intro')}
      submit="actions.feedback.submit"
      draft={draft}
      actions={actions}
      errors={errors}
      onSubmit={() => void submit()}
      onClose={onClose}
      focusOnOpen={focusOnOpen}
    >
      <Field label={t('actions.feedback.rating')} required {...errors.props('rating')}>
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
              aria-label={t('actions.feedback.ratingOption', { n: r })}
            />
          ))}
        </RadioGroup>
      </Field>
      <TextAreaField
        label={t('actions.feedback.comment')}
        {...errors.props('comment')}
        value={draft.value.comment}
        onChange={(text) => draft.set((v) => ({ ...v, comment: text }))}
      />
    </ActionFormFrame>
  );
}

// ---- Reassign ----------------------------------------------------------------------------------

const isReassignDraft = hasStringFields('name', 'email', 'note');

export function ReassignForm({ commitment: c, actions, onClose, focusOnOpen }: ActionFormProps) {
  const styles = usePaneStyles();
  const { t } = useT();
  const draft = usePersistentDraft(
    actionDraftKey(c, 'reassign'),
    () => ({ name: '', email: '', note: '' }),
    isReassignDraft,
  );
  const errors = useFieldErrors();
  const submit = () =>
    submitChange({ actions, errors, draft, onClose }, (current, ctx) =>
      reassign(current, { name: draft.value.name, email: draft.value.email }, draft.value.note, ctx),
    );
  return (
    <ActionFormFrame
      title="actions.reassign.heading"
      intro={t('actions.reassign.intro', { owner: c.owner.name || c.owner.email })}
      submit="actions.reassign.submit"
      draft={draft}
      actions={actions}
      errors={errors}
      onSubmit={() => void submit()}
      onClose={onClose}
      focusOnOpen={focusOnOpen}
    >
      <Field label={t('actions.reassign.name')} {...errors.props('owner.name')}>
        <Input
          className={styles.control}
          value={draft.value.name}
          onChange={(_, d) => draft.set((v) => ({ ...v, name: d.value }))}
        />
      </Field>
      <Field label={t('actions.reassign.email')} required {...errors.props('owner.email')}>
        <Input
          className={styles.control}
          type="email"
          value={draft.value.email}
          onChange={(_, d) => draft.set((v) => ({ ...v, email: d.value }))}
        />
      </Field>
      <TextAreaField
        label={t('actions.reassign.note')}
        {...errors.props('note')}
        value={draft.value.note}
        onChange={(text) => draft.set((v) => ({ ...v, note: text }))}
      />
    </ActionFormFrame>
  );
}

// ---- Cancel ------------------------------------------------------------------------------------

const isCancelDraft = hasStringFields('reason', 'agreed');

export function CancelForm({ commitment: c, actions, onClose, focusOnOpen }: ActionFormProps) {
  const { t } = useT();
  const draft = usePersistentDraft(actionDraftKey(c, 'cancel'), () => ({ reason: '', agreed: 'no' }), isCancelDraft);
  const errors = useFieldErrors();
  const submit = () => {
    const cancellation = { reason: draft.value.reason, customerAgreed: draft.value.agreed === 'yes' };
    return submitChange({ actions, errors, draft, onClose }, (current, ctx) => cancel(current, cancellation, ctx));
  };
  return (
    <ActionFormFrame
      title="actions.cancel.heading"
      intro={t('actions.cancel.intro')}
      submit="actions.cancel.submit"
      draft={draft}
      actions={actions}
      errors={errors}
      onSubmit={() => void submit()}
      onClose={onClose}
      focusOnOpen={focusOnOpen}
    >
      <TextAreaField
        label={t('actions.cancel.reason')}
        required
        {...errors.props('reason')}
        value={draft.value.reason}
        onChange={(text) => draft.set((v) => ({ ...v, reason: text }))}
      />
      <Checkbox
        checked={draft.value.agreed === 'yes'}
        onChange={(_, d) => draft.set((v) => ({ ...v, agreed: d.checked === true ? 'yes' : 'no' }))}
        label={t('actions.cancel.agreed', { name: c.customer.name || c.customer.email })}
      />
    </ActionFormFrame>
  );
}

// ---- One text field: close concern, sign-off, flag at risk, reopen -----------------------------

interface OneField {
  readonly title: MessageKey;
  readonly intro: MessageKey;
  readonly submit: MessageKey;
  readonly label: MessageKey;
  /** Required text, worded by the domain when blank; optional otherwise. */
  readonly required?: boolean;
  readonly apply: (c: Commitment, text: string, ctx: ActionContext) => Result<Commitment, FieldError[]> | Commitment;
}

const ONE_FIELD: Record<'close-concern' | 'sign-off' | 'flag' | 'reopen', OneField> = {
  'close-concern': {
    title: 'actions.closeConcern.heading',
    intro: 'actions.closeConcern.intro',
    submit: 'actions.closeConcern.submit',
    label: 'actions.closeConcern.note',
    apply: (c, text, ctx) => closeConcern(c, text, ctx),
  },
  'sign-off': {
    title: 'actions.signOff.heading',
    intro: 'actions.signOff.intro',
    submit: 'actions.signOff.submit',
    label: 'actions.signOff.note',
    apply: (c, text, ctx) => recordSignOff(c, text, ctx),
  },
  flag: {
    title: 'actions.flag.heading',
    intro: 'actions.flag.intro',
    submit: 'actions.flag.submit',
    label: 'actions.flag.note',
    apply: (c, text, ctx) => {
      const found = validateText('note', text, LIMITS.note);
      return found.length > 0 ? { ok: false, error: found } : flagAtRisk(c, text, ctx);
    },
  },
  reopen: {
    title: 'actions.reopen.heading',
    intro: 'actions.reopen.intro',
    submit: 'actions.reopen.submit',
    label: 'actions.reopen.reason',
    required: true,
    apply: (c, text, ctx) => reopen(c, text, ctx),
  },
};

/** The domain's field for the text: `reason` for reopening, `note` otherwise. */
const textField = (name: keyof typeof ONE_FIELD) => (name === 'reopen' ? 'reason' : 'note');

function oneFieldForm(name: keyof typeof ONE_FIELD) {
  const form = ONE_FIELD[name];
  return function OneFieldForm({ commitment: c, actions, onClose, focusOnOpen }: ActionFormProps) {
    const { t } = useT();
    const draft = usePersistentDraft(actionDraftKey(c, name), () => ({ note: '' }), isNoteDraft);
    const errors = useFieldErrors();
    // The checker's name where the words speak of them (sign-off).
    const checker = c.checker === undefined ? '' : c.checker.name || c.checker.email;
    return (
      <ActionFormFrame
        title={form.title}
        intro={t(form.intro, { checker })}
        submit={form.submit}
        draft={draft}
        actions={actions}
        errors={errors}
        onSubmit={() =>
          void submitChange({ actions, errors, draft, onClose }, (current, ctx) =>
            form.apply(current, draft.value.note, ctx),
          )
        }
        onClose={onClose}
        focusOnOpen={focusOnOpen}
      >
        <TextAreaField
          label={t(form.label, { checker })}
          {...(form.required === true ? { required: true } : {})}
          {...errors.props(textField(name))}
          value={draft.value.note}
          onChange={(text) => draft.set((v) => ({ ...v, note: text }))}
        />
      </ActionFormFrame>
    );
  };
}

const FORMS: Record<ActionFormName, (props: ActionFormProps) => ReactNode> = {
  update: SendUpdateForm,
  concern: RaiseConcernForm,
  answer: AnswerForm,
  'close-concern': oneFieldForm('close-concern'),
  deliver: DeliverForm,
  'sign-off': oneFieldForm('sign-off'),
  feedback: FeedbackForm,
  flag: oneFieldForm('flag'),
  reassign: ReassignForm,
  cancel: CancelForm,
  reopen: oneFieldForm('reopen'),
};

/** The form of one action; this module loads when the first action form opens. */
export function ActionForm({ name, ...props }: ActionFormProps & { readonly name: ActionFormName }) {
  const Form = FORMS[name];
  return <Form {...props} />;
}
