import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { formatDateTime } from '../../domain/format';
import { clearDemoTeams, readDemoTeams, subscribeDemoTeams, type DemoTeamsEntry } from '../../hosts/browser/demoTeams';
import { ToolDialog } from '../../ui/ToolDialog';
import { demoLink } from './demoLink';
import { demoZone, useDemoListStyles } from './demoListStyles';
import { useT, type Translator } from '../../ui/useT';

const useStyles = makeStyles({
  where: { color: tokens.colorNeutralForeground2 },
  body: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
});

/** A post's HTML as the text it shows: parsed inertly (nothing in it runs), paragraphs and breaks kept. */
function postText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const br of doc.querySelectorAll('br')) br.replaceWith('\n');
  for (const block of doc.querySelectorAll('p, li, h1, h2, h3, div > div')) block.append('\n\n');
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

function Entry({ entry, translator }: { entry: DemoTeamsEntry; translator: Translator }) {
  const styles = { ...useDemoListStyles(), ...useStyles() };
  const { t, locale } = translator;
  const when = formatDateTime(entry.at, locale, demoZone());
  if (entry.kind === 'notification') {
    return (
      <li className={styles.entry}>
        <Text weight="semibold">{t('teamTools.demo.feed', { name: entry.to.name || entry.to.email })}</Text>
        <Text>
          {t(`teamTools.activity.${entry.activity}`, {
            actor: entry.from.name || entry.from.email,
            commitment: entry.title,
            step: entry.step ?? '',
          })}
        </Text>
        <Text size={200} className={styles.where}>
          {when}
        </Text>
        <Link href={demoLink(entry.link)}>{t('teamTools.demo.open.commitment')}</Link>
      </li>
    );
  }
  const place =
    entry.place === 'channel' ? t('teamTools.demo.channel', { team: 'General' }) : t('teamTools.demo.meetingChat');
  return (
    <li className={styles.entry}>
      <Text weight="semibold">{t('teamTools.demo.post', { place })}</Text>
      {/* What was posted is in its own language, which need not be the page's: its direction is its own. */}
      {entry.subject !== undefined && (
        <Text weight="semibold" dir="auto">
          {entry.subject}
        </Text>
      )}
      <Text className={styles.body} dir="auto">
        {postText(entry.html)}
      </Text>
      <Text size={200} className={styles.where}>
        {when}
      </Text>
    </li>
  );
}

/** The demo's simulated Teams: every activity feed notification and post Kept made, newest first. */
export function DemoTeamsDialog({ onClose }: { onClose: () => void }) {
  const styles = useDemoListStyles();
  const translator = useT();
  const { t } = translator;
  const [entries, setEntries] = useState(() => readDemoTeams());
  useEffect(() => subscribeDemoTeams(() => setEntries(readDemoTeams())), []);
  const newestFirst = [...entries].reverse();
  return (
    <ToolDialog
      title={t('teamTools.demo.heading')}
      onClose={onClose}
      actions={entries.length > 0 && <Button onClick={() => clearDemoTeams()}>{t('teamTools.demo.clear')}</Button>}
    >
      <Text>{t('teamTools.demo.intro')}</Text>
      {newestFirst.length === 0 ? (
        <Text>{t('teamTools.demo.empty')}</Text>
      ) : (
        <ul className={styles.list} aria-label={t('teamTools.demo.heading')}>
          {newestFirst.map((entry) => (
            <Entry key={entry.id} entry={entry} translator={translator} />
          ))}
        </ul>
      )}
    </ToolDialog>
  );
}
