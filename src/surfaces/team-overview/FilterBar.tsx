import { Button, Field, Input, makeStyles, SearchBox, tokens, Text } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons/svg/dismiss';
import { formatChoices } from '../../domain/format';
import { lazy, Suspense } from 'react';
import { statusLabel } from '../../domain/status';
import { useT } from '../../ui/useT';
import { FilterDropdownsPlaceholder, type FilterChoices } from './filterChoices';
import { hasFilters, NO_FILTERS, type OverviewFilters, type PersonOption } from './overviewModel';
import './messages';

// The dropdowns are the bar's heaviest part and the table does not need them to show: they load after.
const FilterDropdowns = lazy(() => import('./FilterDropdowns'));

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  search: { flexGrow: 2, flexBasis: '220px', minWidth: '180px' },
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
  const choices: FilterChoices = {
    showOwner,
    owners,
    customers,
    filters,
    set,
    text: {
      owners: nameOf(owners, filters.owners),
      customers: nameOf(customers, filters.customers),
      statuses: formatChoices(
        filters.statuses.map((s) => fmt(statusLabel(s))),
        locale,
      ),
    },
  };

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
        <Suspense fallback={<FilterDropdownsPlaceholder {...choices} />}>
          <FilterDropdowns {...choices} />
        </Suspense>
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
