import { Button, Spinner, Text } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons/svg/arrow-undo';
import { ChatWarningRegular } from '@fluentui/react-icons/svg/chat-warning';
import { CheckmarkRegular } from '@fluentui/react-icons/svg/checkmark';
import { DismissRegular } from '@fluentui/react-icons/svg/dismiss';
import { EditRegular } from '@fluentui/react-icons/svg/edit';
import { FlagOffRegular } from '@fluentui/react-icons/svg/flag-off';
import { FlagRegular } from '@fluentui/react-icons/svg/flag';
import { PersonArrowRightRegular } from '@fluentui/react-icons/svg/person-arrow-right';
import { SendRegular } from '@fluentui/react-icons/svg/send';
import { ShareRegular } from '@fluentui/react-icons/svg/share';
import { ShieldCheckmarkRegular } from '@fluentui/react-icons/svg/shield-checkmark';
import { StarRegular } from '@fluentui/react-icons/svg/star';
import { Suspense, useEffect, useId, useRef, useState, type ReactElement } from 'react';
import { actionBlocked, clearRiskFlag, type ActionName } from '../../../domain/actions';
import { formatDateTime } from '../../../domain/format';
import type { MessageKey } from '../../../domain/i18n';
import type { Commitment, TeamSettings } from '../../../domain/types';
import { Alert } from '../../../ui/Alert';
import { lazyTranslated } from '../../../ui/lazyTranslated';
import { usePendingOpen, type OpenerProps } from '../../../ui/openWhenLoaded';
import { preloadOnIntent } from '../../../ui/preloadOnIntent';
import { useT } from '../../../ui/useT';
import { usePaneStyles } from '../usePaneStyles.styles';
import { actionWithUnsavedText, type ActionFormName } from './actionNames';
import { SentQuestion } from './SentQuestion';
import type { CommitmentActions } from './useCommitmentActions';
import '../messages';

// Action forms are needed only once someone acts, so they stay out of a surface's first load.
export const ActionForm = lazyTranslated(() => import('./ActionForms').then((m) => m.ActionForm));
const formIntent = preloadOnIntent(ActionForm);

/** What a button opens or does; the same words and the same order in every surface. */
type Control = 'share' | 'sign-off-request' | 'clear-flag' | 'edit' | ActionFormName;

export interface ActionPanelProps {
  readonly commitment: Commitment;
  readonly settings: TeamSettings;
  readonly actions: CommitmentActions;
  /** "Edit plan": opens the plan for editing where the surface shows its edit form. Absent: none. */
  readonly edit?: OpenerProps;
  readonly headingLevel?: 2 | 3;
}

/**
 * The actions of one commitment — share plan, update, concern, the customer's answer, close concern,
 * deliver, sign-off, feedback, flag, reassign, edit plan, cancel, reopen — with their forms, and the
 * "Sent?" question after a message. Shared by the task pane and the overview's details, so both offer
 * the same actions in the same words. A closed form hands the keyboard focus back to its button.
 */
export function ActionPanel({ commitment: c, settings, actions, edit, headingLevel = 3 }: ActionPanelProps) {
  const styles = usePaneStyles();
  const { t, locale } = useT();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  const [open, setOpen] = useState<{ name: ActionFormName; focus: boolean } | null>(() => {
    const restored = actionWithUnsavedText(c);
    return restored === null ? null : { name: restored, focus: false };
  });
  const [lastControl, setLastControl] = useState<Control | null>(null);
  const opening = usePendingOpen();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  /** Puts the focus back on the button that opened what just closed, or on the heading when it is gone. */
  const returnedTo = useRef<HTMLElement | null>(null);
  const focusBack = (control: Control | null) =>
    requestAnimationFrame(() => {
      const button =
        control === null ? null : section.current?.querySelector<HTMLElement>(`[data-control="${control}"]`);
      const target = button ?? heading.current;
      if (target === null) return;
      target.focus();
      returnedTo.current = target;
      // Once the user takes the focus elsewhere, where it went back to is no longer theirs to keep.
      target.addEventListener(
        'blur',
        () => {
          if (returnedTo.current === target) returnedTo.current = null;
        },
        { once: true },
      );
    });
  // The button can go with the change it made, once the saved commitment arrives (Reopen, Record
  // sign-off): the browser then drops the focus on the page. It stays in the panel, on its heading.
  useEffect(() => {
    const target = returnedTo.current;
    if (target === null || target.isConnected) return;
    returnedTo.current = null;
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
  });

  // A message recorded (or seen in Sent Items) or dropped: the question goes, the focus goes back.
  const pending = actions.pending;
  const hadPending = useRef(pending !== null);
  const reopenAfter = useRef<ActionFormName | null>(null);
  useEffect(() => {
    if (pending === null && hadPending.current) {
      const form = reopenAfter.current;
      reopenAfter.current = null;
      if (form !== null) setOpen({ name: form, focus: true });
      else focusBack(lastControl);
    }
    hadPending.current = pending !== null;
    // focusBack reads refs only; lastControl is the button of the message that was pending.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending]);

  const allowed = (action: ActionName) => actionBlocked(c, action) === null;
  const closed = c.deliveredAt !== undefined || c.cancelledAt !== undefined;
  const shared = c.history.some((h) => h.kind === 'plan-shared');
  const signedOff = c.signedOff !== undefined;
  const checker = c.checker === undefined ? '' : c.checker.name || c.checker.email;

  const toggle = (name: ActionFormName) => {
    actions.clearMessages();
    setLastControl(name);
    if (open?.name === name) {
      setOpen(null);
      focusBack(name);
    } else opening.open(ActionForm, () => setOpen({ name, focus: true }));
  };
  const closeForm = () => {
    const name = open?.name ?? null;
    setOpen(null);
    focusBack(name);
  };
  const sendNow = (control: 'share' | 'sign-off-request') => {
    setLastControl(control);
    setOpen(null);
    void actions.send({ kind: control === 'share' ? 'share' : 'sign-off-request' });
  };
  const answer = (sent: boolean) => {
    // "Not sent": the form it came from opens again with what was typed.
    reopenAfter.current = sent ? null : (pending?.form ?? null);
    void actions.answerSent(sent);
  };

  /** Pressing a control: forms toggle, messages are drafted, the flag clears, the plan opens for editing. */
  const activate = (control: Control) => {
    // A form still loading from an earlier press does not open over what this press does.
    opening.cancel();
    if (control === 'share' || control === 'sign-off-request') sendNow(control);
    else if (control === 'edit') edit?.onClick();
    else if (control === 'clear-flag') {
      setLastControl('flag');
      void actions.run((current, ctx) => clearRiskFlag(current, ctx)).then(() => focusBack('flag'));
    } else toggle(control);
  };

  // What is offered now, in the same order everywhere (plain data: the buttons are drawn below).
  const controls: { control: Control; label: MessageKey; icon: ReactElement; primary?: boolean }[] = [];
  const offer = (control: Control, label: MessageKey, icon: ReactElement, primary = false) =>
    controls.push({ control, label, icon, primary });
  if (allowed('share')) offer('share', shared ? 'actions.shareAgain' : 'actions.share', <ShareRegular />, !shared);
  if (allowed('answer-proposal')) offer('answer', 'actions.answer', <CheckmarkRegular />, true);
  if (allowed('update')) offer('update', 'actions.update', <SendRegular />);
  if (allowed('concern')) offer('concern', 'actions.concern', <ChatWarningRegular />);
  if (allowed('close-concern')) offer('close-concern', 'actions.closeConcern', <CheckmarkRegular />);
  if (allowed('deliver')) offer('deliver', 'actions.deliver', <CheckmarkRegular />);
  if (allowed('sign-off') && !signedOff) {
    offer('sign-off-request', 'actions.askSignOff', <ShieldCheckmarkRegular />, true);
    offer('sign-off', 'actions.signOff', <ShieldCheckmarkRegular />);
  }
  if (allowed('feedback')) offer('feedback', 'actions.feedback', <StarRegular />);
  if (allowed('flag')) {
    if (c.flaggedAtRisk === undefined) offer('flag', 'actions.flag', <FlagRegular />);
    else offer('clear-flag', 'actions.clearFlag', <FlagOffRegular />);
  }
  if (allowed('reassign')) offer('reassign', 'actions.reassign', <PersonArrowRightRegular />);
  if (allowed('edit') && edit !== undefined) offer('edit', 'actions.edit', <EditRegular />);
  if (allowed('cancel')) offer('cancel', 'actions.cancel', <DismissRegular />);
  if (allowed('reopen')) offer('reopen', 'actions.reopen', <ArrowUndoRegular />);

  return (
    <section ref={section} className={styles.section} aria-labelledby={headingId}>
      <Heading id={headingId} ref={heading} tabIndex={-1} className={styles.subheading}>
        {t('actions.heading')}
      </Heading>
      {closed && c.cancelledAt !== undefined && <Text className={styles.muted}>{t('actions.closed')}</Text>}
      {signedOff && c.signedOff !== undefined && (
        <Text>
          {t('actions.signOff.done', {
            checker: c.signedOff.by.name || c.signedOff.by.email,
            date: formatDateTime(c.signedOff.at, locale, settings.calendar.timeZone),
          })}
        </Text>
      )}
      {!signedOff && c.checker !== undefined && c.deliveredAt !== undefined && (
        <Text>{t('actions.signOff.waiting', { checker })}</Text>
      )}
      <div className={styles.actions}>
        {controls.map(({ control, label, icon, primary }) => (
          <Button
            key={control}
            data-control={control}
            appearance={primary === true || open?.name === control ? 'primary' : 'secondary'}
            icon={icon}
            disabledFocusable={actions.busy || pending !== null}
            {...(isForm(control) ? { 'aria-expanded': open?.name === control, ...formIntent } : {})}
            {...(control === 'edit' && edit !== undefined
              ? { onPointerEnter: edit.onPointerEnter, onFocus: edit.onFocus }
              : {})}
            onClick={() => activate(control)}
          >
            {t(label, control === 'sign-off-request' ? { checker } : undefined)}
          </Button>
        ))}
      </div>
      {actions.error !== null && (
        <Alert intent="error" role="alert">
          {actions.error}
        </Alert>
      )}
      <Text role="status" aria-live="polite">
        {actions.notice ?? ''}
      </Text>
      {pending !== null ? (
        <SentQuestion commitment={c} actions={actions} onAnswer={answer} />
      ) : open === null ? (
        opening.slow && <Spinner size="tiny" label={t('common.loading')} />
      ) : (
        <Suspense fallback={<Spinner size="tiny" label={t('common.loading')} />}>
          <ActionForm
            key={open.name}
            name={open.name}
            commitment={c}
            settings={settings}
            actions={actions}
            focusOnOpen={open.focus}
            onClose={closeForm}
            onDrafted={() => setOpen(null)}
          />
        </Suspense>
      )}
    </section>
  );
}

const isForm = (control: Control): control is ActionFormName =>
  control !== 'share' && control !== 'sign-off-request' && control !== 'clear-flag' && control !== 'edit';
