import { Button, Spinner, Text } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons/svg/add';
import { ArrowLeftRegular } from '@fluentui/react-icons/svg/arrow-left';
import { ArrowRightRegular } from '@fluentui/react-icons/svg/arrow-right';
import { Suspense, useState } from 'react';
import { statusAt } from '../../domain/status';
import type { TeamId } from '../../domain/ids';
import type { Commitment, TeamSettings } from '../../domain/types';
import type { HostItem } from '../../hosts/HostContext';
import type { CommitmentStore } from '../../store/Store';
import { describeError } from '../../ui/describeError';
import { lazyTranslated, useLoaded, type PreloadableComponent } from '../../ui/lazyTranslated';
import { usePendingOpen } from '../../ui/openWhenLoaded';
import { preloadOnIntent } from '../../ui/preloadOnIntent';
import { useServices } from '../../ui/services';
import { StatusBadge } from '../../ui/StatusBadge';
import { readAhead, useCommitmentQuery, type Query } from '../../ui/useCommitments';
import { useNow } from '../../ui/useNow';
import { Alert } from '../../ui/Alert';
import { useT } from '../../ui/useT';
import { useTeamSettings } from '../../ui/useTeamSettings';
import { usePaneStyles } from '../shared/usePaneStyles.styles';
import { draftKey } from '../shared/usePersistentDraft';
import './messages';

// The create form is needed once per request, and never on an email that already has its
// commitment: it loads on demand. So does the commitment with its actions: a new request never needs it.
const CommitmentView = lazyTranslated(() => import('./commitment/CommitmentView').then((m) => m.CommitmentView));
const CreateCommitmentForm = lazyTranslated(() =>
  import('../shared/commitment-form/CreateCommitmentForm').then((m) => m.CreateCommitmentForm),
);
const createIntent = preloadOnIntent(CreateCommitmentForm);

/** The lazily loaded view the pane shows for this state, if any (the list of several needs none). */
function nextView(view: View, own: readonly Commitment[]): PreloadableComponent<never> | undefined {
  if (view.kind === 'create' || (view.kind === 'auto' && own.length === 0)) return CreateCommitmentForm;
  return view.kind === 'open' || own.length === 1 ? CommitmentView : undefined;
}

/** The email's own commitments, and those made on other messages of its conversation. */
const emailQueries = (email: Email): { readonly own: Query; readonly thread: Query } => ({
  own: { kind: 'source', key: { kind: 'email', internetMessageId: email.internetMessageId } },
  thread: { kind: 'source', key: { kind: 'conversation', conversationId: email.conversationId } },
});

/** The team's commitments: the create form takes its defaults from them (the customer's language). */
const teamQuery = (teamId: TeamId): Query => ({ kind: 'list', filter: { teamId } });

/**
 * Starts the reads the pane for `email` makes (its commitments, its conversation's, the team's) and
 * loads the view their answer leads to, so the first render shows it without suspending
 * (lazyTranslated.ts says why that matters). Only that view: fetching both competed with the theme
 * and frame the first render needs. Settles when the first render has what it needs: the view, and
 * for the create form the team's commitments too, whose customer's language it offers. The form
 * does not wait for them past the first render (a new device loads the whole list from Microsoft
 * 365): it offers the language once they come, unless the user chose one. A failure is not reported
 * here; the pane's own reads and the view's own load try again and say what went wrong.
 */
export async function readEmailPaneAhead(store: CommitmentStore, email: Email, teamId: TeamId): Promise<void> {
  const queries = emailQueries(email);
  // Asked in the order they are needed: a store answers in turn, and the team's may be long.
  const own = readAhead(store, queries.own);
  const thread = readAhead(store, queries.thread);
  const team = readAhead(store, teamQuery(teamId));
  const view = nextView(hasUnsavedForm(email) ? { kind: 'create' } : { kind: 'auto' }, await own);
  await Promise.all([view?.preload(), thread, view === CreateCommitmentForm ? team : undefined]);
}

type Email = Extract<HostItem, { kind: 'email' }>;

type View = { readonly kind: 'auto' } | { readonly kind: 'create' } | { readonly kind: 'open'; readonly id: string };

/** An unsaved create form for this email reopens after a reload, even when the email has commitments. */
function hasUnsavedForm(email: Email): boolean {
  try {
    return localStorage.getItem(draftKey(email.internetMessageId)) !== null;
  } catch {
    return false;
  }
}

/**
 * The pane for one email: its commitments (one email can hold several asks), a prefilled form for a
 * new one, and an offer to open a commitment made on an earlier message of the same conversation.
 */
export function EmailPane({ email }: { readonly email: Email }) {
  const styles = usePaneStyles();
  const { t } = useT();
  const { teamId } = useServices();
  const settings = useTeamSettings();
  const queries = emailQueries(email);
  const own = useCommitmentQuery(queries.own);
  const thread = useCommitmentQuery(queries.thread);
  const team = useCommitmentQuery(teamQuery(teamId));
  const [view, setView] = useState<View>(() => (hasUnsavedForm(email) ? { kind: 'create' } : { kind: 'auto' }));
  // The first view waits behind the pane's loading state until its code is in, rather than
  // suspending: React holds a suspended view back for up to 300 ms after its fallback showed.
  const [shown, setShown] = useState(false);
  const firstView = shown || own.state !== 'ready' ? undefined : nextView(view, own.value);
  const firstViewReady = useLoaded(firstView);
  // Another view opens once its code has arrived, so it never suspends (React would hold it back).
  const opening = usePendingOpen();
  const show = (next: View) => {
    if (next.kind === 'auto') {
      opening.cancel();
      setView(next);
    } else opening.open(next.kind === 'create' ? CreateCommitmentForm : CommitmentView, () => setView(next));
  };
  // Once shown, later views load as usual (React's "adjusting state while rendering").
  if (!shown && own.state === 'ready' && firstViewReady) setShown(true);

  const failed = [settings, own].find((l) => l.state === 'error');
  if (failed !== undefined && failed.state === 'error') {
    return (
      <Alert
        intent="error"
        role="alert"
        actions={
          <>
            <Button
              onClick={() => {
                settings.reload();
                own.reload();
              }}
            >
              {t('common.retry')}
            </Button>
          </>
        }
      >
        {describeError(failed.error, { t })}
      </Alert>
    );
  }
  if (settings.state !== 'ready' || own.state !== 'ready' || !firstViewReady)
    return <Spinner label={t('common.loading')} />;

  const mine = own.value;
  const fromThread =
    thread.state === 'ready'
      ? thread.value.filter((c) => c.source.kind === 'email' && c.source.internetMessageId !== email.internetMessageId)
      : [];
  const teamCommitments = team.state === 'ready' ? team.value : [];
  const loading = opening.slow && <Spinner size="tiny" label={t('common.loading')} />;
  const addAnother = (
    <div>
      <Button icon={<AddRegular />} {...createIntent} onClick={() => show({ kind: 'create' })}>
        {t('taskpane.email.addAnother')}
      </Button>
    </div>
  );

  if (view.kind === 'create' || (view.kind === 'auto' && mine.length === 0)) {
    return (
      <div className={styles.section}>
        {view.kind === 'create' && mine.length > 0 && (
          <BackButton onClick={() => show({ kind: 'auto' })} label={t('taskpane.email.backToList')} />
        )}
        {loading}
        {fromThread.length > 0 && <ThreadOffer commitments={fromThread} onOpen={(id) => show({ kind: 'open', id })} />}
        <Suspense fallback={<Spinner size="small" label={t('common.loading')} />}>
          <CreateCommitmentForm
            email={email}
            settings={settings.value}
            team={teamCommitments}
            onSaved={(saved) => show({ kind: 'open', id: saved.id })}
            {...(mine.length > 0 ? { onClose: () => show({ kind: 'auto' }) } : {})}
          />
        </Suspense>
      </div>
    );
  }

  const openId = view.kind === 'open' ? view.id : mine.length === 1 ? mine[0]?.id : undefined;
  const opened = [...mine, ...fromThread].find((c) => c.id === openId);
  if (opened !== undefined) {
    const showBack = mine.length > 1 || !mine.some((c) => c.id === opened.id);
    return (
      <div className={styles.section}>
        {showBack && <BackButton onClick={() => show({ kind: 'auto' })} label={t('taskpane.email.backToList')} />}
        <Suspense fallback={<Spinner size="tiny" label={t('common.loading')} />}>
          <CommitmentView key={opened.id} commitment={opened} settings={settings.value} onReload={own.reload} />
        </Suspense>
        {addAnother}
        {loading}
      </div>
    );
  }

  return (
    <div className={styles.section}>
      <h2 className={styles.heading}>{t('taskpane.email.listHeading', { count: mine.length })}</h2>
      <CommitmentList commitments={mine} settings={settings.value} onOpen={(id) => show({ kind: 'open', id })} />
      {addAnother}
      {loading}
    </div>
  );
}

function BackButton({ onClick, label }: { readonly onClick: () => void; readonly label: string }) {
  const { host } = useServices();
  // "Back" points the way the page reads from: right in a right-to-left pane (Fluent does not flip this arrow).
  return (
    <div>
      <Button
        appearance="subtle"
        icon={host.dir === 'rtl' ? <ArrowRightRegular /> : <ArrowLeftRegular />}
        onClick={onClick}
      >
        {label}
      </Button>
    </div>
  );
}

function ThreadOffer({
  commitments,
  onOpen,
}: {
  readonly commitments: readonly Commitment[];
  readonly onOpen: (id: string) => void;
}) {
  const { t } = useT();
  const first = commitments[0];
  if (first === undefined) return null;
  return (
    <Alert
      intent="info"
      actions={
        <>
          {commitments.slice(0, 3).map((c) => (
            <Button key={c.id} onClick={() => onOpen(c.id)}>
              {commitments.length === 1
                ? t('taskpane.email.openThread')
                : t('taskpane.email.openNamed', { title: c.title })}
            </Button>
          ))}
        </>
      }
    >
      {t('taskpane.email.threadOffer', { title: first.title, count: commitments.length })}
    </Alert>
  );
}

function CommitmentList({
  commitments,
  settings,
  onOpen,
}: {
  readonly commitments: readonly Commitment[];
  readonly settings: TeamSettings;
  readonly onOpen: (id: string) => void;
}) {
  const styles = usePaneStyles();
  const now = useNow(60_000);
  return (
    <ul className={styles.plainList}>
      {commitments.map((c) => (
        <li key={c.id} className={styles.card}>
          <Button appearance="transparent" className={styles.listButton} onClick={() => onOpen(c.id)}>
            <Text weight="semibold" className={styles.wrap}>
              <bdi>{c.title}</bdi>
            </Text>
          </Button>
          <div>
            <StatusBadge kind={statusAt(c, settings, now).kind} />
          </div>
        </li>
      ))}
    </ul>
  );
}
