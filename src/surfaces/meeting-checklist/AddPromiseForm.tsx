import { Button, Field, Input, MessageBar, MessageBarBody, Text, useId } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons/svg/add';
import { lazy, type KeyboardEvent } from 'react';
import { useFocusHandover } from '../../ui/focusHandover';
import { StandInBoundary } from '../../ui/StandInBoundary';
import { bindRef, validation } from './formHelpers';
import { useT } from '../../ui/useT';
import { PeoplePickersPlaceholder, type PeopleChoices } from './peopleChoices';
import { useAddPromiseForm } from './useAddPromiseForm';
import type { MeetingChecklistState } from './useMeetingChecklist';
import { useMeetingChecklistStyles } from './useMeetingChecklistStyles.styles';
import './messages';

// The pickers are the form's heaviest part and the checklist does not need them to show: they load
// as the form first renders, behind stand-ins that already take focus and typing.
const PeoplePickers = lazy(() => import('./PeoplePickers'));

/**
 * "Who promised what to whom, by when" in a few keystrokes: type the promise, Tab, type a name,
 * Enter picks the attendee, Enter adds. The owner defaults to me and the date to the suggestion.
 * The date comes last: a browser's date field takes one Tab per part (day, month, year).
 */
export function AddPromiseForm({ checklist }: { checklist: MeetingChecklistState }) {
  const styles = useMeetingChecklistStyles();
  const { t } = useT();
  const form = useAddPromiseForm(checklist);
  const headingId = useId('add-heading');
  const disabled = !checklist.canStore || checklist.settings.state !== 'ready';
  const handover = useFocusHandover();
  const people: PeopleChoices = { form, disabled, myEmail: checklist.me.email, handover };

  // Fluent's combobox opens its list on Enter; with the list closed, Enter should add the promise
  // like in every other field of this form.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || target !== form.refs.customer.current) return;
    if (target.getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    event.stopPropagation();
    void form.submit();
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void form.submit(event)}
      onKeyDownCapture={onKeyDownCapture}
    >
      <h3 id={headingId} className={styles.subheading}>
        {t('meeting.add.heading')}
      </h3>
      <Field label={t('meeting.add.title')} required {...validation(form.errors.title)}>
        <Input
          ref={bindRef(form.refs.title)}
          value={form.title}
          placeholder={t('meeting.add.titlePlaceholder')}
          disabled={disabled}
          onChange={(_, data) => form.setTitle(data.value)}
        />
      </Field>
      <StandInBoundary standIn={(failed) => <PeoplePickersPlaceholder {...people} failed={failed} />}>
        <PeoplePickers {...people} />
      </StandInBoundary>
      <Field
        label={t('meeting.add.date')}
        required
        {...(form.suggestionLine !== undefined ? { hint: form.suggestionLine } : {})}
        {...validation(form.errors.promisedDate)}
      >
        <Input
          ref={bindRef(form.refs.promisedDate)}
          type="date"
          value={form.promisedDate}
          disabled={disabled}
          onChange={(_, data) => form.setPromisedDate(data.value)}
        />
      </Field>
      {form.errors.general !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{form.errors.general}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.formActions}>
        <Text size={200} className={styles.hint}>
          {t('meeting.add.keyboard')}
        </Text>
        <Button type="submit" appearance="primary" icon={<AddRegular />} disabled={disabled || form.busy}>
          {t('meeting.add.submit')}
        </Button>
      </div>
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {form.announcement}
      </div>
    </form>
  );
}
