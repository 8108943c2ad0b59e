import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { formatDateTime, formatMailbox } from '../../domain/format';
import type { HostItem } from '../../hosts/HostContext';
import type { DemoMailbox } from '../../hosts/browser/demoMailbox';
import { useT } from '../../ui/useT';
import type { Person } from '../../domain/types';
import '../../surfaces/taskpane/messages';
import { demoZone } from './demoListStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '60ch' },
  message: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
  },
  from: { color: tokens.colorNeutralForeground3 },
  body: { whiteSpace: 'pre-wrap' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

/**
 * The demo inbox's conversation under the selected email: the replies in it, and a way for a newcomer
 * to simulate the customer's reply arriving or to send one of their own, as Outlook would receive and
 * send them. Kept's pane reads them from the demo mailbox the way it reads Outlook's.
 */
export function DemoThread({
  email,
  mailbox,
  user,
}: {
  email: Extract<HostItem, { kind: 'email' }>;
  mailbox: DemoMailbox;
  user: Person;
}) {
  const styles = useStyles();
  const { t, locale } = useT();
  const headingId = useId();
  const zone = demoZone();
  const customer = email.from;
  const [theirs, setTheirs] = useState(() => t('taskpane.demo.sampleReply'));
  const [mine, setMine] = useState(() => t('taskpane.demo.sampleOwnReply'));
  const [, setVersion] = useState(0);
  const messages = mailbox.messagesOf(email.conversationId);

  const deliver = (from: Person, text: string) => {
    if (text.trim() === '') return;
    mailbox.deliver({ conversationId: email.conversationId, subject: `Re: ${email.subject}`, from, text: text.trim() });
    setVersion((v) => v + 1);
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold">
        {t('taskpane.demo.thread')}
      </Text>
      {messages.length > 0 && (
        <ul className={styles.list}>
          {messages.map((m) => (
            <li key={m.id} className={styles.message}>
              <Text className={styles.from}>
                {formatMailbox(m.from, locale)} · {formatDateTime(m.sentAt, locale, zone)}
              </Text>
              <Text className={styles.body}>
                <bdi>{m.text}</bdi>
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Text>{t('taskpane.demo.simulate')}</Text>
      <Field label={t('taskpane.demo.customerReply', { name: customer.name || customer.email })}>
        <Textarea value={theirs} onChange={(_, d) => setTheirs(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => deliver(customer, theirs)}>
          {t('taskpane.demo.receive', { name: customer.name || customer.email })}
        </Button>
      </div>
      <Field label={t('taskpane.demo.ownReply', { name: customer.name || customer.email })}>
        <Textarea value={mine} onChange={(_, d) => setMine(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => deliver(user, mine)}>{t('taskpane.demo.send')}</Button>
      </div>
    </section>
  );
}
