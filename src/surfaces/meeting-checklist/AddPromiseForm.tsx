import {
  Button,
  Combobox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  useId,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons/svg/add';
import type { KeyboardEvent } from 'react';
import { bindRef, validation } from './formHelpers';
import { useT } from '../../ui/useT';
import { findPerson, personLabel } from './meetingPeople';
import { useAddPromiseForm } from './useAddPromiseForm';
import type { MeetingChecklistState } from './useMeetingChecklist';
import { useMeetingChecklistStyles } from './useMeetingChecklistStyles.styles';
import './messages';

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
      <Field label={t('meeting.add.customer')} required {...validation(form.errors.customer)}>
        <Combobox
          ref={bindRef(form.refs.customer)}
          freeform
          // One Tab from the name to the next field: the arrow keys open the list, so the chevron
          // stays a pointer target only.
          expandIcon={{ tabIndex: -1, 'aria-label': t('meeting.add.customerList') }}
          value={form.customerText}
          placeholder={t('meeting.add.customerPlaceholder')}
          disabled={disabled}
          selectedOptions={form.customerOptions.filter((p) => personLabel(p) === form.customerText).map((p) => p.email)}
          onChange={(event) => form.setCustomerText(event.target.value)}
          onOptionSelect={(_, data) => {
            const person = findPerson(form.customerOptions, data.optionValue ?? '');
            if (person !== undefined) form.pickCustomer(person);
          }}
        >
          {form.customerOptions.map((person) => (
            <Option key={person.email} value={person.email} text={personLabel(person)}>
              {personLabel(person)}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label={t('meeting.add.owner')} {...validation(form.errors.owner)}>
        <Dropdown
          ref={bindRef(form.refs.owner)}
          clearButton={{ 'aria-label': t('common.clearSelection') }}
          disabled={disabled}
          value={ownerLabel(form.ownerOptions, form.ownerEmail, checklist.me.email, t)}
          selectedOptions={[form.ownerEmail]}
          onOptionSelect={(_, data) => data.optionValue !== undefined && form.setOwnerEmail(data.optionValue)}
        >
          {form.ownerOptions.map((person) => {
            const label = ownerLabel(form.ownerOptions, person.email, checklist.me.email, t);
            return (
              <Option key={person.email} value={person.email} text={label}>
                {label}
              </Option>
            );
          })}
        </Dropdown>
      </Field>
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

function ownerLabel(
  options: readonly { name: string; email: string }[],
  email: string,
  myEmail: string,
  t: ReturnType<typeof useT>['t'],
): string {
  const person = findPerson(options, email);
  if (person === undefined) return email;
  return person.email.toLowerCase() === myEmail.toLowerCase()
    ? t('meeting.add.me', { name: personLabel(person) })
    : personLabel(person);
}
