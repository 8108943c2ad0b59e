import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useT } from '../../../ui/useT';
import '../messages';

export interface Bar {
  readonly key: string;
  /** Axis label under the bar. */
  readonly label: string;
  /** Bar height; null draws no bar (nothing measured), which is not the same as 0. */
  readonly value: number | null;
  /** The value worded for people ("80%", "3 deliveries"). */
  readonly valueText: string;
  /** Highlight colour for bars that mean "bad" (e.g. late deliveries). */
  readonly tone?: 'neutral' | 'warning';
}

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  caption: { ...typographyStyles.subtitle2 },
  summary: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  svg: { width: '100%', height: 'auto', display: 'block', overflow: 'visible', forcedColorAdjust: 'none' },
  // Forced colours (Windows high contrast) drop author fills in SVG: use the system colours instead.
  bar: { fill: tokens.colorBrandBackground, '@media (forced-colors: active)': { fill: 'CanvasText' } },
  warning: { fill: tokens.colorPaletteDarkOrangeBackground3, '@media (forced-colors: active)': { fill: 'Highlight' } },
  axis: {
    stroke: tokens.colorNeutralStroke1,
    strokeWidth: 1,
    '@media (forced-colors: active)': { stroke: 'CanvasText' },
  },
  label: {
    fill: tokens.colorNeutralForeground2,
    fontSize: '11px',
    fontFamily: tokens.fontFamilyBase,
    '@media (forced-colors: active)': { fill: 'CanvasText' },
  },
  table: {
    borderCollapse: 'collapse',
    ...typographyStyles.caption1,
    '& th, & td': { padding: `2px ${tokens.spacingHorizontalS}`, textAlign: 'start' },
  },
  toggle: { alignSelf: 'flex-start' },
});

const WIDTH = 600;
const HEIGHT = 180;
const LABEL_SPACE = 28;

export interface BarChartProps {
  readonly title: string;
  readonly summary: string;
  readonly bars: readonly Bar[];
  /** The scale's top; defaults to the largest value. */
  readonly max?: number;
  readonly labelHeader: string;
  readonly valueHeader: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * A small bar chart drawn in SVG. Screen readers get the title and summary from the figure, each
 * bar has its own text, and "Show the numbers" reveals the same data as a table. In RTL the bars
 * run right to left, as the reading order does.
 */
export function BarChart({ title, summary, bars, max, labelHeader, valueHeader, dir }: BarChartProps) {
  const styles = useStyles();
  const { t } = useT();
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const top = Math.max(1, max ?? Math.max(0, ...bars.map((b) => b.value ?? 0)));
  const slot = bars.length === 0 ? WIDTH : WIDTH / bars.length;
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  const plotHeight = HEIGHT - LABEL_SPACE;
  // Label every bar when they fit, otherwise every n-th so labels never overlap.
  const labelEvery = Math.max(1, Math.ceil(bars.length / 10));

  return (
    <figure className={styles.figure} aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <figcaption>
        <div id={`${id}-title`} className={styles.caption}>
          {title}
        </div>
        <div id={`${id}-summary`} className={styles.summary}>
          {summary}
        </div>
      </figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title`}>
        <line className={styles.axis} x1={0} x2={WIDTH} y1={plotHeight} y2={plotHeight} />
        {bars.map((bar, i) => {
          const slotIndex = dir === 'rtl' ? bars.length - 1 - i : i;
          const x = slotIndex * slot + (slot - barWidth) / 2;
          const h = bar.value === null ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / top) * (plotHeight - 4));
          return (
            <g key={bar.key}>
              <title>{t('overview.chart.bar', { label: bar.label, value: bar.valueText })}</title>
              {bar.value !== null && (
                <rect
                  className={bar.tone === 'warning' ? styles.warning : styles.bar}
                  x={x}
                  y={plotHeight - h}
                  width={barWidth}
                  height={h}
                  rx={2}
                />
              )}
              {i % labelEvery === 0 && (
                <text className={styles.label} x={x + barWidth / 2} y={HEIGHT - 10} textAnchor="middle">
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <Button
        className={styles.toggle}
        size="small"
        appearance="subtle"
        aria-expanded={showTable}
        onClick={() => setShowTable((s) => !s)}
      >
        {t(showTable ? 'overview.chart.hideData' : 'overview.chart.showData')}
      </Button>
      {showTable && (
        <table className={styles.table}>
          <caption className={styles.summary}>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td>{bar.valueText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
