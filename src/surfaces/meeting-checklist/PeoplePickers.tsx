import { Combobox, Dropdown, Field, Option } from '@fluentui/react-components';
import { useTakeFocus } from '../../ui/focusHandover';
import { useT } from '../../ui/useT';
import { bindRef, validation } from './formHelpers';
import { findPerson, personLabel } from './meetingPeople';
import { ownerLabel, type PeopleChoices } from './peopleChoices';
import './messages';

/**
 * "To whom" and "who promised" in the add-promise form: Fluent's Combobox and Dropdown with their
 * listbox and positioning (about 24 KB gzip), loaded as the form first shows so the meeting panel's
 * first screen does not wait for them; PeoplePickersPlaceholder stands in until then.
 */
export default function PeoplePickers({ form, disabled, myEmail, handover }: PeopleChoices) {
  const { t } = useT();
  useTakeFocus(handover);
  return (
    <>
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
          value={ownerLabel(form.ownerOptions, form.ownerEmail, myEmail, t)}
          selectedOptions={[form.ownerEmail]}
          onOptionSelect={(_, data) => data.optionValue !== undefined && form.setOwnerEmail(data.optionValue)}
        >
          {form.ownerOptions.map((person) => {
            const label = ownerLabel(form.ownerOptions, person.email, myEmail, t);
            return (
              <Option key={person.email} value={person.email} text={label}>
                {label}
              </Option>
            );
          })}
        </Dropdown>
      </Field>
    </>
  );
}
