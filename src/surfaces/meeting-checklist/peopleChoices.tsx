import { Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons/svg/chevron-down';
import { useGiveFocus, useTakeFocus, type FocusHandover } from '../../ui/focusHandover';
import { useT } from '../../ui/useT';
import { bindRef, validation } from './formHelpers';
import { findPerson, personLabel } from './meetingPeople';
import type { AddPromiseFormState } from './useAddPromiseForm';
import { useMeetingChecklistStyles } from './useMeetingChecklistStyles.styles';
import './messages';

/** What the "to whom" and "who promised" pickers of the add-promise form show and change. */
export interface PeopleChoices {
  readonly form: AddPromiseFormState;
  readonly disabled: boolean;
  readonly myEmail: string;
  /** The focus (and caret) the stand-ins pass to the pickers when these arrive. */
  readonly handover: FocusHandover;
}

/**
 * The two fields while the pickers load (a few milliseconds after the form shows): labelled, the
 * same size, showing the same choices. The customer field already takes typing into the form's
 * state, and whoever is in a field when the pickers arrive stays there with the caret where it was.
 * If the pickers cannot be loaded (`failed`), the fields stay and say so: a name or an address
 * typed as the customer still adds the promise, with me as its owner.
 */
export function PeoplePickersPlaceholder({
  form,
  disabled,
  myEmail,
  handover,
  failed,
}: PeopleChoices & { readonly failed: boolean }) {
  const styles = useMeetingChecklistStyles();
  const { t } = useT();
  useGiveFocus(handover, form.refs.customer);
  useGiveFocus(handover, form.refs.owner);
  // Shown again in place of the loading one when the pickers failed: the focus stays where it was.
  useTakeFocus(handover);
  return (
    <>
      <Field label={t('meeting.add.customer')} required {...validation(form.errors.customer)}>
        <Input
          className={styles.picker}
          contentAfter={chevron}
          ref={bindRef(form.refs.customer)}
          value={form.customerText}
          placeholder={t('meeting.add.customerPlaceholder')}
          disabled={disabled}
          onChange={(_, data) => form.setCustomerText(data.value)}
        />
      </Field>
      <Field label={t('meeting.add.owner')} {...validation(form.errors.owner)}>
        <Input
          className={styles.picker}
          contentAfter={chevron}
          ref={bindRef(form.refs.owner)}
          value={ownerLabel(form.ownerOptions, form.ownerEmail, myEmail, t)}
          disabled={disabled}
          readOnly
        />
      </Field>
      {failed && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('meeting.add.pickersFailed')}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

// The pickers' own chevron, so the stand-ins look like them too (a picture only: the list is not there yet).
const chevron = <ChevronDownRegular aria-hidden />;

/** "Avery Chen (me)" for me, the name for anyone else (the address when there is none or no such person). */
export function ownerLabel(
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
