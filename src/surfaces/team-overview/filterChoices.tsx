import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useT } from '../../ui/useT';
import type { OverviewFilters, PersonOption } from './overviewModel';

export { STATUSES } from './viewQuery';

export const useFilterFieldStyles = makeStyles({
  field: { flexGrow: 1, flexBasis: '150px', minWidth: '140px' },
  dropdown: { minWidth: '0', width: '100%' },
});

/** What the owner, customer and status filters show and change. */
export interface FilterChoices {
  readonly showOwner: boolean;
  readonly owners: readonly PersonOption[];
  readonly customers: readonly PersonOption[];
  readonly filters: OverviewFilters;
  readonly set: (patch: Partial<OverviewFilters>) => void;
  /** The current choices as one line each ('' when any). */
  readonly text: { readonly owners: string; readonly customers: string; readonly statuses: string };
}

/**
 * The same three fields, labelled and showing the current choices, while the dropdowns load: the
 * bar keeps its layout and nothing can be chosen before the real control is there.
 */
export function FilterDropdownsPlaceholder({ showOwner, text }: FilterChoices) {
  const styles = useFilterFieldStyles();
  const { t } = useT();
  const field = (label: string, value: string) => (
    <Field label={label} className={styles.field}>
      <Input className={styles.dropdown} disabled value={value} placeholder={t('overview.filter.any')} />
    </Field>
  );
  return (
    <>
      {showOwner && field(t('overview.filter.owner'), text.owners)}
      {field(t('overview.filter.customer'), text.customers)}
      {field(t('overview.filter.status'), text.statuses)}
    </>
  );
}
