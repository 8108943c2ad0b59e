import { Card, CardHeader, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarCheckmarkRegular } from '@fluentui/react-icons/svg/calendar-checkmark';
import { MailRegular } from '@fluentui/react-icons/svg/mail';
import { PeopleTeamRegular } from '@fluentui/react-icons/svg/people-team';
import type { ReactElement } from 'react';
import type { MessageKey } from '../../domain/i18n';
import { useT } from '../../ui/useT';
import { useDemoLink } from './demoLink';

const useStyles = makeStyles({
  page: {
    maxWidth: '960px',
    marginInline: 'auto',
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  card: { height: '100%' },
  icon: { fontSize: '28px', color: tokens.colorBrandForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
});

const surfaces: readonly { href: string; name: MessageKey; about: MessageKey; icon: ReactElement }[] = [
  {
    href: 'taskpane.html?item=demo-item-1',
    name: 'shell.nav.taskpane',
    about: 'shell.home.taskpane',
    icon: <MailRegular />,
  },
  { href: 'overview.html', name: 'shell.nav.overview', about: 'shell.home.overview', icon: <PeopleTeamRegular /> },
  {
    href: 'meeting.html?meeting=demo-ical-planning',
    name: 'shell.nav.meeting',
    about: 'shell.home.meeting',
    icon: <CalendarCheckmarkRegular />,
  },
];

/** The standalone start page: what Kept is, and the three surfaces to try. */
export function Home() {
  const styles = useStyles();
  const { t } = useT();
  const demoLink = useDemoLink();
  return (
    <div className={styles.page}>
      <Text as="h2" size={700} weight="semibold">
        {t('shell.home.title')}
      </Text>
      <Text size={400}>{t('shell.home.intro')}</Text>
      <div className={styles.cards}>
        {surfaces.map((s) => (
          <Card key={s.href} className={styles.card}>
            <CardHeader
              image={
                <span className={styles.icon} aria-hidden>
                  {s.icon}
                </span>
              }
              header={
                <Link href={demoLink(s.href)}>
                  <Text size={500} weight="semibold">
                    {t(s.name)}
                  </Text>
                </Link>
              }
            />
            <Text>{t(s.about)}</Text>
          </Card>
        ))}
      </div>
      <Text className={styles.note}>{t('shell.home.local')}</Text>
    </div>
  );
}
