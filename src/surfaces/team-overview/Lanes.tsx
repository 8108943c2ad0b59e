import { makeStyles, tokens, ToggleButton, typographyStyles } from '@fluentui/react-components';
import { useT } from '../../ui/useT';
import { LANES, type LaneCounts, type LaneKey } from './overviewModel';
import './messages';

const useStyles = makeStyles({
  lanes: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  lane: {
    width: '100%',
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    textAlign: 'start',
  },
  count: { ...typographyStyles.title2 },
  name: { ...typographyStyles.body1 },
  heading: { ...typographyStyles.subtitle2, margin: `0 0 ${tokens.spacingVerticalXS} 0` },
  hint: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
  },
});

export interface LanesProps {
  readonly counts: LaneCounts;
  readonly selected: LaneKey | undefined;
  readonly onToggle: (lane: LaneKey) => void;
}

/** Needs-attention lanes: each shows its count and filters the table to itself when selected. */
export function Lanes({ counts, selected, onToggle }: LanesProps) {
  const styles = useStyles();
  const { t, locale } = useT();
  return (
    <section aria-labelledby="kept-lanes-heading">
      <h2 id="kept-lanes-heading" className={styles.heading}>
        {t('overview.lanes.label')}
      </h2>
      <p className={styles.hint}>{t('overview.lanes.hint')}</p>
      <ul className={styles.lanes}>
        {LANES.map((lane) => (
          <li key={lane}>
            <ToggleButton
              className={styles.lane}
              appearance={selected === lane ? 'primary' : 'secondary'}
              checked={selected === lane}
              onClick={() => onToggle(lane)}
              data-lane={lane}
              aria-label={`${t(`overview.lane.${lane}`)}: ${t('overview.lane.count', { count: counts[lane] })}`}
            >
              <span className={styles.count} data-testid={`lane-count-${lane}`}>
                {new Intl.NumberFormat(locale).format(counts[lane])}
              </span>
              <span className={styles.name}>{t(`overview.lane.${lane}`)}</span>
            </ToggleButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
