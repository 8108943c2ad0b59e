import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  SearchBox,
  tokens,
  Text,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons/svg/dismiss';
import { formatChoices } from '../../domain/format';
import { statusLabel, type StatusKind } from '../../domain/status';
import { useT } from '../../ui/useT';
import { hasFilters, NO_FILTERS, type OverviewFilters, type PersonOption } from './overviewModel';
import { STATUSES } from './viewQuery';
import './messages';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  search: { flexGrow: 2, flexBasis: '220px', minWidth: '180px' },
  field: { flexGrow: 1, flexBasis: '150px', minWidth: '140px' },
  dropdown: { minWidth: '0', width: '100%' },
  date: { flexBasis: '150px', flexGrow: 0 },
  summary: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  count: { color: tokens.colorNeutralForeground2 },
});

export interface FilterBarProps {
  readonly filters: OverviewFilters;
  readonly onChange: (next: OverviewFilters) => void;
  readonly owners: readonly PersonOption[];
  readonly customers: readonly PersonOption[];
  readonly showOwner: boolean;
  readonly matching: number;
  readonly total: number;
}

/** Search, people, status and promised-date filters above the table; they combine with AND. */
export function FilterBar({ filters, onChange, owners, customers, showOwner, matching, total }: FilterBarProps) {
  const styles = useStyles();
  const { t, fmt, locale } = useT();
  const set = (patch: Partial<OverviewFilters>) => onChange({ ...filters, ...patch });
  const nameOf = (people: readonly PersonOption[], selected: readonly string[]) =>
    selected.length === 0
      ? ''
      : formatChoices(
          selected.map((email) => people.find((p) => p.email === email)?.name ?? email),
          locale,
        );
  const rangeInvalid = filters.from !== '' && filters.to !== '' && filters.from > filters.to;

  return (
    <div role="search" aria-label={t('overview.filters.label')}>
      <div className={styles.bar}>
        <Field label={t('overview.search.label')} className={styles.search}>
          <SearchBox
            value={filters.text}
            placeholder={t('overview.search.placeholder')}
            dismiss={{ 'aria-label': t('overview.search.clear') }}
            onChange={(_, data) => set({ text: data.value })}
          />
        </Field>
        {showOwner && (
          <Field label={t('overview.filter.owner')} className={styles.field}>
            <Dropdown
              className={styles.dropdown}
              clearButton={{ 'aria-label': t('common.clearSelection') }}
              multiselect
              placeholder={t('overview.filter.any')}
              value={nameOf(owners, filters.owners)}
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
            className={styles.dropdown}
            clearButton={{ 'aria-label': t('common.clearSelection') }}
            multiselect
            placeholder={t('overview.filter.any')}
            value={nameOf(customers, filters.customers)}
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
            className={styles.dropdown}
            clearButton={{ 'aria-label': t('common.clearSelection') }}
            multiselect
            placeholder={t('overview.filter.any')}
            value={formatChoices(
              filters.statuses.map((s) => fmt(statusLabel(s))),
              locale,
            )}
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
        <Field
          label={t('overview.filter.from')}
          className={styles.date}
          validationState={rangeInvalid ? 'warning' : 'none'}
        >
          <Input type="date" value={filters.from} onChange={(_, data) => set({ from: data.value })} />
        </Field>
        <Field label={t('overview.filter.to')} className={styles.date}>
          <Input type="date" value={filters.to} onChange={(_, data) => set({ to: data.value })} />
        </Field>
      </div>
      <div className={styles.summary}>
        <Text className={styles.count} role="status" aria-live="polite">
          {matching === total
            ? t('overview.results', { count: total })
            : t('overview.resultsOf', { count: matching, total })}
        </Text>
        {filters.lane !== undefined && (
          <Text>{t('overview.filter.lane', { lane: t(`overview.lane.${filters.lane}`) })}</Text>
        )}
        {rangeInvalid && <Text role="alert">{t('overview.filter.rangeInvalid')}</Text>}
        {hasFilters(filters) && (
          <Button appearance="subtle" icon={<DismissRegular />} onClick={() => onChange(NO_FILTERS)}>
            {t('overview.filter.clear')}
          </Button>
        )}
      </div>
    </div>
  );
}
