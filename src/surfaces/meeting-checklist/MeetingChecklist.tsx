import { Button, MessageBar, MessageBarBody, Spinner, Text, useId } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons/svg/arrow-sync';
import { ChatRegular } from '@fluentui/react-icons/svg/chat';
import { MailRegular } from '@fluentui/react-icons/svg/mail';
import { Suspense, useCallback, useState } from 'react';
import { formatDateTime, formatTime } from '../../domain/format';
import type { HostItem } from '../../hosts/HostContext';
import type { Draft } from '../../domain/templates';
import { describeError } from '../../ui/describeError';
import { lazyTranslated } from '../../ui/lazyTranslated';
import { openWhenLoaded } from '../../ui/openWhenLoaded';
import { preloadOnIntent } from '../../ui/preloadOnIntent';
import { useT } from '../../ui/useT';
import { AddPromiseForm } from './AddPromiseForm';
import { PromiseRow } from './PromiseRow';
import { useMeetingChecklist, type MeetingChecklistState } from './useMeetingChecklist';
import { useMeetingChecklistStyles } from './useMeetingChecklistStyles.styles';
import './messages';

// Posting the recap in the meeting chat loads when first wanted (the pointer or the focus on its button).
const RecapChatDialog = lazyTranslated(() => import('./RecapChatDialog').then((m) => m.RecapChatDialog));

export interface MeetingChecklistProps {
  /** The meeting, from the Teams meeting context or the Outlook appointment (or a demo meeting). */
  readonly meeting: Extract<HostItem, { kind: 'meeting' }>;
}

/**
 * The checklist of promises made in one meeting: the same component in the Teams meeting side
 * panel, the meeting details tab and the Outlook appointment task pane. Tab order follows the
 * page: add a promise, the promises (Space ticks, "Add plan" edits), then the recap.
 */
export function MeetingChecklist({ meeting }: MeetingChecklistProps) {
  // A pinned Outlook pane keeps this component while the user selects another meeting: a new key
  // starts from a clean form and the other meeting's rows, never a half-typed promise from this one.
  return (
    <Checklist key={meeting.iCalUId ?? meeting.joinUrl ?? `${meeting.subject}|${meeting.start}`} meeting={meeting} />
  );
}

function Checklist({ meeting }: MeetingChecklistProps) {
  const styles = useMeetingChecklistStyles();
  const translator = useT();
  const { t, locale } = translator;
  const checklist = useMeetingChecklist(meeting);
  const headingId = useId('meeting-heading');
  const listHeadingId = useId('meeting-list');
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => setAnnouncement(text), []);
  const timeZone = checklist.settings.state === 'ready' ? checklist.settings.value.calendar.timeZone : 'UTC';

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <header className={styles.header}>
        <h2 id={headingId} className={styles.heading}>
          {t('meeting.heading')}
        </h2>
        <Text size={200} className={styles.meta}>
          {t('meeting.when', { subject: meeting.subject, when: formatDateTime(meeting.start, locale, timeZone) })}
        </Text>
      </header>

      {!checklist.canStore && meeting.keysPending === true && (
        <Spinner size="tiny" labelPosition="after" label={t('meeting.findingKeys')} />
      )}
      {!checklist.canStore && meeting.keysPending !== true && (
        <MessageBar intent="info">
          <MessageBarBody>
            {/* An Outlook appointment or a Teams meeting chat that Graph could look up: sign-in is what is missing. */}
            {t((meeting.itemId ?? meeting.chatId ?? '') === '' ? 'meeting.noKey' : 'meeting.noKeySignIn')}
          </MessageBarBody>
        </MessageBar>
      )}

      <AddPromiseForm checklist={checklist} />

      <div className={styles.listHeader}>
        <h3 id={listHeadingId} className={styles.subheading}>
          {checklist.rows.state === 'ready'
            ? t('meeting.list.count', { count: checklist.rows.value.length })
            : t('common.loading')}
        </h3>
      </div>
      <Rows checklist={checklist} listHeadingId={listHeadingId} announce={announce} />

      <Footer checklist={checklist} />
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>
    </section>
  );
}

function Rows({
  checklist,
  listHeadingId,
  announce,
}: {
  checklist: MeetingChecklistState;
  listHeadingId: string;
  announce: (text: string) => void;
}) {
  const styles = useMeetingChecklistStyles();
  const translator = useT();
  const { rows } = checklist;
  if (rows.state === 'loading') return <Spinner size="small" label={translator.t('common.loading')} />;
  if (rows.state === 'error')
    return (
      <MessageBar intent="error">
        <MessageBarBody>{describeError(rows.error, translator)}</MessageBarBody>
      </MessageBar>
    );
  if (rows.value.length === 0) return <Text className={styles.hint}>{translator.t('meeting.list.empty')}</Text>;
  return (
    <>
      <Text size={200} className={styles.hint}>
        {translator.t('meeting.list.tickHint')}
      </Text>
      <ul className={styles.list} aria-labelledby={listHeadingId}>
        {rows.value.map((row) => (
          <PromiseRow key={row.commitment.id} checklist={checklist} row={row} announce={announce} />
        ))}
      </ul>
    </>
  );
}

function Footer({ checklist }: { checklist: MeetingChecklistState }) {
  const styles = useMeetingChecklistStyles();
  const translator = useT();
  const { t, locale } = translator;
  const { live } = checklist;
  const count = checklist.rows.state === 'ready' ? checklist.rows.value.length : 0;
  const ended = new Date(checklist.meeting.end).getTime() <= checklist.now.getTime();
  const recipients = checklist.recapRecipients.length;
  const timeZone = checklist.settings.state === 'ready' ? checklist.settings.value.calendar.timeZone : 'UTC';
  const { postRecapToChat } = checklist;
  const [chatDraft, setChatDraft] = useState<Draft | null>(null);
  const openChatRecap = async () => {
    // Drafted when opened, from the promises as they stand now; the user's edits are theirs.
    const draft = await checklist.recapDraft();
    if (draft !== undefined) openWhenLoaded(RecapChatDialog, () => setChatDraft(draft));
  };

  return (
    <footer className={styles.footer}>
      <div className={styles.buttons}>
        <Button
          // After the meeting the recap is the thing left to do, so it becomes the primary action.
          appearance={ended && count > 0 ? 'primary' : 'secondary'}
          icon={<MailRegular />}
          disabledFocusable={count === 0}
          onClick={() => void checklist.sendRecap()}
        >
          {t('meeting.recap.send')}
        </Button>
        {postRecapToChat !== undefined && (
          <Button
            icon={<ChatRegular />}
            disabledFocusable={count === 0}
            {...preloadOnIntent(RecapChatDialog)}
            onClick={() => void openChatRecap()}
          >
            {t('meeting.recap.postToChat')}
          </Button>
        )}
      </div>
      <Suspense fallback={null}>
        {chatDraft !== null && postRecapToChat !== undefined && (
          <RecapChatDialog draft={chatDraft} post={postRecapToChat} onClose={() => setChatDraft(null)} />
        )}
      </Suspense>
      <Text size={200} className={styles.hint}>
        {count === 0 ? t('meeting.recap.empty') : t('meeting.recap.hint', { count: recipients })}
      </Text>
      <div className={styles.refresh}>
        <Button size="small" appearance="subtle" icon={<ArrowSyncRegular />} onClick={() => void live.refreshNow()}>
          {t('meeting.refresh.now')}
        </Button>
        {/* Not a live region: a line that changes every 30 s must not interrupt a screen reader. */}
        <Text size={200} className={styles.hint}>
          {live.refreshing
            ? t('meeting.refresh.checking')
            : live.error !== undefined
              ? t('meeting.refresh.failed', { detail: describeError(live.error, translator) })
              : live.lastRefreshedAt !== undefined
                ? t('meeting.refresh.updated', { time: formatTime(live.lastRefreshedAt, locale, timeZone) })
                : ''}
        </Text>
      </div>
    </footer>
  );
}
