import { Dropdown, Field, Option } from '@fluentui/react-components';
import { statusLabel, type StatusKind } from '../../domain/status';
import { useT } from '../../ui/useT';
import type { FilterChoices } from './filterChoices';
import { STATUSES, useFilterFieldStyles } from './filterChoices';

/**
 * The owner, customer and status filters: Fluent's Dropdown with its listbox and positioning (about
 * 22 KB gzip), loaded after the table is on screen; FilterDropdownsPlaceholder stands in until then.
 */
export default function FilterDropdowns({ showOwner, owners, customers, filters, set, text }: FilterChoices) {
  const styles = useFilterFieldStyles();
  const { t, fmt } = useT();
  const common = {
    className: styles.dropdown,
    clearButton: { 'aria-label': t('common.clearSelection') },
    multiselect: true,
    placeholder: t('overview.filter.any'),
  } as const;
  return (
    <>
      {showOwner && (
        <Field label={t('overview.filter.owner')} className={styles.field}>
          <Dropdown
            {...common}
            value={text.owners}
            selectedOptions={[...filters.owners]}
            onOptionSelect={(_, data) => set({ owners: data.selectedOptions })}
          >
            {owners.map((p) => (
              <Option key={p.email} value={p.email} text={p.name}>
                {p.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Field label={t('overview.filter.customer')} className={styles.field}>
        <Dropdown
          {...common}
          value={text.customers}
          selectedOptions={[...filters.customers]}
          onOptionSelect={(_, data) => set({ customers: data.selectedOptions })}
        >
          {customers.map((p) => (
            <Option key={p.email} value={p.email} text={p.name}>
              {p.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('overview.filter.status')} className={styles.field}>
        <Dropdown
          {...common}
          value={text.statuses}
          selectedOptions={[...filters.statuses]}
          onOptionSelect={(_, data) =>
            set({ statuses: data.selectedOptions.filter((s): s is StatusKind => STATUSES.includes(s as StatusKind)) })
          }
        >
          {STATUSES.map((s) => (
            <Option key={s} value={s}>
              {fmt(statusLabel(s))}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </>
  );
}
