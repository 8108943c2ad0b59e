import {
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import {
  computeMetrics,
  lastWeeksWindow,
  metricsBy,
  slipDistribution,
  weeklyKeptTrend,
  type GroupMetrics,
  type Metrics,
  type MetricsWindow,
  type WeeklyKeptRate,
} from '../../../domain/metrics';
import { dateLocale } from '../../../domain/i18n/locales';
import type { Commitment, TeamSettings } from '../../../domain/types';
import { useServices } from '../../../ui/services';
import { useT, type Translator } from '../../../ui/useT';
import { BarChart, type Bar } from './BarChart';
import '../messages';

const WINDOWS = [4, 13, 26, 52] as const;
type WindowWeeks = (typeof WINDOWS)[number];
type Group = 'team' | 'owner' | 'customer';

/** The period and grouping the user chose: the overview keeps it while the tab is closed. */
export interface MetricsChoice {
  readonly weeks: WindowWeeks;
  readonly group: Group;
}
const FIRST_CHOICE: MetricsChoice = { weeks: 13, group: 'team' };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cardLabel: { ...typographyStyles.body1Strong, margin: 0 },
  cardValue: { ...typographyStyles.title3, margin: 0 },
  cardHint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, margin: 0 },
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
    gap: tokens.spacingHorizontalXL,
  },
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    minWidth: '720px',
    '& th, & td': {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      textAlign: 'start',
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    },
    '& thead th': { ...typographyStyles.body1Strong, backgroundColor: tokens.colorNeutralBackground2 },
  },
});

export interface MetricsPanelProps {
  readonly commitments: readonly Commitment[];
  readonly settings: TeamSettings;
  readonly now: Date;
  /** Per-person metrics make sense for a team; "My commitments" has one person. */
  readonly showPeople: boolean;
  /** The choice last made, kept by the caller (the panel keeps its own when there is none). */
  readonly choice?: MetricsChoice;
  readonly onChoice?: (choice: MetricsChoice) => void;
}

type Computed =
  | {
      readonly ok: true;
      readonly team: Metrics;
      readonly groups: readonly GroupMetrics[];
      readonly trend: readonly WeeklyKeptRate[];
      readonly slips: ReadonlyMap<number, number>;
    }
  | { readonly ok: false; readonly detail: string };

function pct(tr: Translator, value: number | null): string {
  return value === null ? tr.t('rules.metric.notMeasured') : tr.t('rules.metric.percent', { value });
}

const METRIC_CARDS = [
  {
    key: 'promisesKept',
    value: (m: Metrics, tr: Translator) =>
      m.promisesKeptPct === null
        ? tr.t('rules.metric.notMeasured')
        : tr.t('rules.metric.keptOf', { value: m.promisesKeptPct, kept: m.keptCount, broken: m.brokenCount }),
  },
  { key: 'deliveredEarly', value: (m: Metrics, tr: Translator) => pct(tr, m.deliveredEarlyPct) },
  {
    key: 'renegotiatedInTime',
    value: (m: Metrics, tr: Translator) => tr.t('rules.metric.count', { count: m.renegotiatedInTimeCount }),
  },
  { key: 'updatesOnTime', value: (m: Metrics, tr: Translator) => pct(tr, m.updatesOnTimePct) },
  { key: 'concernsInTime', value: (m: Metrics, tr: Translator) => pct(tr, m.concernsInTimePct) },
  {
    key: 'verified',
    value: (m: Metrics, tr: Translator) =>
      m.verifiedPct === null
        ? tr.t('rules.metric.notMeasured')
        : tr.t('rules.metric.verifiedOf', { value: m.verifiedPct, count: m.verifiedCount }),
  },
  {
    key: 'medianHoursToAcknowledge',
    value: (m: Metrics, tr: Translator) =>
      m.medianHoursToAcknowledge === null
        ? tr.t('rules.metric.notMeasured')
        : tr.t('rules.metric.hours', { hours: m.medianHoursToAcknowledge }),
  },
  {
    key: 'averageSatisfaction',
    value: (m: Metrics, tr: Translator) =>
      m.averageSatisfaction === null
        ? tr.t('rules.metric.notMeasured')
        : tr.t('rules.metric.rating', { value: m.averageSatisfaction }),
  },
] as const;

/** Metrics for a chosen period: team cards, a per-person or per-customer table, two charts. */
export default function MetricsPanel({ commitments, settings, now, showPeople, choice, onChoice }: MetricsPanelProps) {
  const styles = useStyles();
  const translator = useT();
  const { t, locale } = translator;
  const { host } = useServices();
  const [own, setOwn] = useState(choice ?? FIRST_CHOICE);
  const { weeks, group } = choice ?? own;
  const choose = (next: Partial<MetricsChoice>) => {
    const chosen = { weeks, group, ...next };
    setOwn(chosen);
    onChoice?.(chosen);
  };

  const computed = useMemo<Computed>(() => {
    // Whole work weeks, this one included: "Last 13 weeks" shows 13 weeks, not 14 part-weeks.
    const window: MetricsWindow = lastWeeksWindow(settings, now, weeks);
    try {
      return {
        ok: true,
        team: computeMetrics(commitments, settings, window, now),
        groups: group === 'team' ? [] : metricsBy(group, commitments, settings, window, now),
        trend: weeklyKeptTrend(commitments, settings, window, now),
        slips: slipDistribution(commitments, settings, window),
      };
    } catch (error) {
      return { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }, [commitments, settings, now, weeks, group]);

  const weekLabel = useMemo(
    // Gregorian like every date Kept shows (Persian's default calendar would give other weeks' names).
    () => new Intl.DateTimeFormat(dateLocale(locale), { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    [locale],
  );

  if (!computed.ok) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{t('overview.metrics.error', { detail: computed.detail })}</MessageBarBody>
      </MessageBar>
    );
  }

  const trendBars: Bar[] = computed.trend.map((w) => ({
    key: w.weekStart,
    label: weekLabel.format(new Date(`${w.weekStart}T00:00:00Z`)),
    value: w.keptPct,
    valueText: t('overview.chart.trend.value', { value: pct(translator, w.keptPct), kept: w.kept, judged: w.judged }),
  }));
  const slipEntries = [...computed.slips.entries()].sort((a, b) => a[0] - b[0]);
  const deliveries = slipEntries.reduce((sum, [, n]) => sum + n, 0);
  const slipBars: Bar[] = slipEntries.map(([days, count]) => ({
    key: String(days),
    // "+2" / "−1" in the locale's digits (Persian: ‎+۲).
    label: new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }).format(days),
    value: count,
    valueText: t('overview.chart.bar', { label: t('rules.metric.slip', { days }), value: count }),
    tone: days > 0 ? 'warning' : 'neutral',
  }));

  return (
    <section className={styles.root} aria-labelledby="kept-metrics-title">
      <h2 id="kept-metrics-title" className={styles.cardLabel}>
        {t('overview.metrics.title')}
      </h2>
      <div className={styles.controls}>
        <Field label={t('overview.metrics.window')}>
          <Select value={String(weeks)} onChange={(_, d) => choose({ weeks: Number(d.value) as WindowWeeks })}>
            {WINDOWS.map((w) => (
              <option key={w} value={w}>
                {t(`overview.metrics.window.${w}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('overview.metrics.groupBy')}>
          <Select value={group} onChange={(_, d) => choose({ group: d.value as Group })}>
            <option value="team">{t('overview.metrics.group.team')}</option>
            {showPeople && <option value="owner">{t('overview.metrics.group.owner')}</option>}
            <option value="customer">{t('overview.metrics.group.customer')}</option>
          </Select>
        </Field>
      </div>

      {computed.team.total === 0 && <Text>{t('overview.metrics.none')}</Text>}

      <dl className={styles.cards}>
        {METRIC_CARDS.map((card) => (
          <div key={card.key} className={styles.card}>
            <dt className={styles.cardLabel}>{t(`rules.metric.${card.key}`)}</dt>
            <dd className={styles.cardValue}>{card.value(computed.team, translator)}</dd>
            <dd className={styles.cardHint}>{t(`rules.metric.${card.key}.hint`)}</dd>
          </div>
        ))}
      </dl>

      {group !== 'team' && (
        <div className={styles.tableWrap} role="region" aria-label={t(`overview.metrics.group.${group}`)} tabIndex={0}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t(group === 'owner' ? 'overview.metrics.person' : 'overview.metrics.customer')}</th>
                {METRIC_CARDS.map((card) => (
                  <th key={card.key} scope="col">
                    {t(`rules.metric.${card.key}`)}
                  </th>
                ))}
                <th scope="col">{t('rules.metric.deliveredCount')}</th>
              </tr>
            </thead>
            <tbody>
              {computed.groups.map((g) => (
                <tr key={g.person.email}>
                  <th scope="row">{g.person.name || g.person.email}</th>
                  {METRIC_CARDS.map((card) => (
                    <td key={card.key}>{card.value(g.metrics, translator)}</td>
                  ))}
                  <td>{new Intl.NumberFormat(locale).format(g.metrics.deliveredCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div className={styles.charts}>
        <BarChart
          title={t('overview.chart.trend.title')}
          summary={t('overview.chart.trend.summary', { count: trendBars.length })}
          bars={trendBars}
          max={100}
          labelHeader={t('overview.chart.trend.week')}
          valueHeader={t('overview.chart.trend.kept')}
          dir={host.dir}
        />
        <BarChart
          title={t('overview.chart.slip.title')}
          summary={t('overview.chart.slip.summary', { count: deliveries })}
          bars={slipBars}
          labelHeader={t('overview.chart.slip.days')}
          valueHeader={t('overview.chart.slip.count')}
          dir={host.dir}
        />
      </div>
    </section>
  );
}
