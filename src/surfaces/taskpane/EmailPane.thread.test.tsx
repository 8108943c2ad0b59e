import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitmentId, historyId } from '../../domain/ids';
import type { ThreadMessage, ThreadPage } from '../../domain/replyActions';
import type { Commitment } from '../../domain/types';
import type { HostItem, HostMailbox } from '../../hosts/HostContext';
import { demoUser } from '../../hosts/browser/demoPeople';
import { createLocalStore } from '../../store/local';
import { StoreError } from '../../store/Store';
import { renderWithServices, testServices, TEST_TEAM } from '../../../tests/fixtures/renderWithServices';
import { EmailPane } from './EmailPane';

// The thread is the record (issue 14): the owner's pane reads the request's conversation, shows the
// customer's reply as text with one-click meanings, and records the owner's own replies as updates.

type Email = Extract<HostItem, { kind: 'email' }>;

// Wednesday 25 Nov 2026, 12:00 UTC.
const NOW = new Date('2026-11-25T12:00:00Z');
const priya = { name: 'Priya Raman', email: 'priya@contoso.example' };

const email: Email = {
  kind: 'email',
  internetMessageId: '<ask-1@contoso.example>',
  conversationId: 'conv-1',
  itemId: 'item-1',
  subject: 'Refresh the revenue dashboard',
  from: priya,
  to: [],
  receivedAt: '2026-11-24T08:00:00.000Z',
};

const commitment: Commitment = {
  id: commitmentId('c-1'),
  version: 0,
  teamId: TEST_TEAM,
  title: 'Fix the revenue dashboard refresh',
  customer: priya,
  owner: demoUser,
  source: {
    kind: 'email',
    internetMessageId: email.internetMessageId,
    conversationId: email.conversationId,
    itemId: email.itemId,
    subject: email.subject,
    receivedAt: email.receivedAt,
  },
  requestedAt: email.receivedAt,
  steps: [],
  acceptanceCriteria: '',
  targetDate: '2026-12-01',
  promisedDate: '2026-12-03',
  updateCadenceDays: 5,
  acknowledgedAt: '2026-11-24T09:00:00.000Z',
  history: [
    { id: historyId('h1'), at: '2026-11-24T08:30:00.000Z', by: demoUser, kind: 'created' },
    { id: historyId('h2'), at: '2026-11-24T09:00:00.000Z', by: demoUser, kind: 'acknowledged' },
  ],
  createdAt: '2026-11-24T08:30:00.000Z',
  updatedAt: '2026-11-24T09:00:00.000Z',
};

const message = (over: Partial<ThreadMessage> & Pick<ThreadMessage, 'id' | 'receivedAt'>): ThreadMessage => ({
  from: priya,
  fromMe: false,
  sentAt: over.receivedAt,
  preview: '',
  ...over,
});

/** A mailbox whose thread the test fills; it records every read (one request each). */
function fakeMailbox() {
  const thread: ThreadMessage[] = [];
  const reads: string[] = [];
  const listeners = new Set<(conversationId: string) => void>();
  let failure: unknown;
  const mailbox: HostMailbox = {
    sentInConversation: async () => [],
    threadSince: async (_conversationId, after): Promise<ThreadPage> => {
      reads.push(after);
      if (failure !== undefined) throw failure;
      return {
        messages: thread.filter((m) => m.receivedAt > after).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)),
        more: false,
      };
    },
    onThreadChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    mailbox,
    thread,
    reads,
    fail: (error: unknown) => (failure = error),
    arrive: (m: ThreadMessage) => {
      thread.push(m);
      for (const listener of listeners) listener('conv-1');
    },
  };
}

let store: ReturnType<typeof createLocalStore>;
beforeEach(() => {
  localStorage.clear();
  store = createLocalStore({ dbName: 'thread-test' });
});
afterEach(() => store.close());

async function renderOwnerPane(mail: ReturnType<typeof fakeMailbox>) {
  await store.create(commitment);
  const services = testServices({ store, now: NOW, item: email });
  renderWithServices(<EmailPane email={email} />, { ...services, host: { ...services.host, mailbox: mail.mailbox } });
  return services;
}

const stored = async () => (await store.list())[0];

describe('EmailPane: the request’s thread', () => {
  it('shows the customer’s reply with when it came, its HTML and script as text, and reads once per refresh', async () => {
    const mail = fakeMailbox();
    mail.thread.push(
      message({
        id: 'm1',
        receivedAt: '2026-11-25T10:00:00.000Z',
        preview: '<b>Great</b>, thanks! <script>alert("x")</script><img src=x onerror=alert(1)>',
      }),
    );
    await renderOwnerPane(mail);
    const section = await screen.findByRole('region', { name: 'The customer’s reply' });
    expect(within(section).getByText('Priya Raman replied 2 hours ago')).toBeTruthy();
    expect(
      within(section).getByText('<b>Great</b>, thanks! <script>alert("x")</script><img src=x onerror=alert(1)>'),
    ).toBeTruthy();
    expect(document.querySelector('script, img, b')).toBeNull();
    // One read, from the request onwards; the reply is kept on the commitment.
    expect(mail.reads).toEqual([email.receivedAt]);
    expect((await stored())?.customerReply).toMatchObject({ at: '2026-11-25T10:00:00.000Z', from: priya });

    // Focus again within the minute: no request. The host says the conversation changed: one request,
    // from the newest message seen, and nothing new means nothing saved.
    const version = (await stored())?.version;
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(mail.reads).toHaveLength(1);
    act(() => mail.arrive(message({ id: 'm0', receivedAt: '2026-11-25T09:00:00.000Z' })));
    await waitFor(() => expect(mail.reads).toEqual([email.receivedAt, '2026-11-25T10:00:00.000Z']));
    expect((await stored())?.version).toBe(version);
  });

  it('records what the reply meant only when the owner says so, in one click', async () => {
    const user = userEvent.setup();
    const mail = fakeMailbox();
    mail.thread.push(message({ id: 'm1', receivedAt: '2026-11-25T10:00:00.000Z', preview: 'Got it, thanks.' }));
    await renderOwnerPane(mail);
    const section = await screen.findByRole('region', { name: 'The customer’s reply' });
    const meanings = within(section).getByRole('group', { name: /What did the reply mean/ });
    // Kept decided nothing on its own.
    expect((await stored())?.history.map((h) => h.kind)).toEqual(['created', 'acknowledged']);
    // No date was proposed, nothing delivered: only "acknowledged" makes sense.
    expect(
      within(meanings)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Acknowledged']);
    await user.click(within(meanings).getByRole('button', { name: 'Acknowledged' }));
    expect(await within(section).findByText('You have answered this reply.')).toBeTruthy();
    expect((await stored())?.history.at(-1)).toMatchObject({
      kind: 'customer-acknowledged',
      reply: '2026-11-25T10:00:00.000Z',
    });
    const history = screen.getByRole('region', { name: 'History' });
    expect(within(history).getByText(/From Priya Raman’s reply of/)).toBeTruthy();
  });

  it('records the owner’s own reply in the thread as an update, dated when it was sent', async () => {
    const mail = fakeMailbox();
    mail.thread.push(
      message({
        id: 'm2',
        from: demoUser,
        fromMe: true,
        sentAt: '2026-11-25T11:15:00.000Z',
        receivedAt: '2026-11-25T11:15:05.000Z',
        preview: 'Halfway there.',
      }),
    );
    await renderOwnerPane(mail);
    const history = await screen.findByRole('region', { name: 'History' });
    expect(
      await within(history).findByText(/replied to the customer in the thread \(counts as an update\)/),
    ).toBeTruthy();
    expect((await stored())?.history.at(-1)).toMatchObject({ kind: 'replied', at: '2026-11-25T11:15:00.000Z' });
    // The owner's message is not the customer's reply.
    expect(screen.queryByRole('region', { name: 'The customer’s reply' })).toBeNull();
  });

  it('says when the thread cannot be read (throttled) and changes nothing', async () => {
    const user = userEvent.setup();
    const mail = fakeMailbox();
    mail.fail(new StoreError('throttled', 'Too many requests'));
    await renderOwnerPane(mail);
    const section = await screen.findByRole('region', { name: 'The customer’s reply' });
    expect(within(section).getByText(/asked Kept to slow down.*nothing was changed/)).toBeTruthy();
    expect((await stored())?.version).toBe(1);
    // It tries again when asked.
    mail.fail(undefined);
    mail.thread.push(message({ id: 'm1', receivedAt: '2026-11-25T10:00:00.000Z', preview: 'Any news?' }));
    await user.click(within(section).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Any news?')).toBeTruthy();
  });
});
