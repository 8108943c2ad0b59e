import { describe, expect, it } from 'vitest';
import { createDemoMailbox, DEMO_THREAD_KEY } from './demoMailbox';

const me = { name: 'Avery Chen', email: 'avery.chen@contoso.example' };
const priya = { name: 'Priya Raman', email: 'priya@contoso.example' };

function memory() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
}

describe('the demo inbox’s mailbox', () => {
  it('receives a reply, tells the panes on that conversation, and reads only what is newer, newest first', async () => {
    let now = new Date('2026-11-25T10:00:00Z');
    const storage = memory();
    const mailbox = createDemoMailbox({ user: me, now: () => now, storage });
    const heard: string[] = [];
    const stop = mailbox.onThreadChanged!((id) => heard.push(id));
    mailbox.deliver({ conversationId: 'c1', subject: 'Re: x', from: priya, text: 'Any news?' });
    now = new Date('2026-11-25T11:00:00Z');
    mailbox.deliver({ conversationId: 'c1', subject: 'Re: x', from: me, text: 'On track.' });
    mailbox.deliver({ conversationId: 'c2', subject: 'Re: y', from: priya, text: 'Other thread' });
    expect(heard).toEqual(['c1', 'c1', 'c2']);
    stop();

    const all = await mailbox.threadSince('c1', '2026-11-25T09:00:00.000Z');
    expect(all.messages.map((m) => [m.preview, m.fromMe])).toEqual([
      ['On track.', true],
      ['Any news?', false],
    ]);
    expect((await mailbox.threadSince('c1', '2026-11-25T11:00:00.000Z')).messages).toEqual([]);
    expect(await mailbox.sentInConversation('c1', '2026-11-25T10:30:00.000Z')).toMatchObject([
      { conversationId: 'c1', sentAt: '2026-11-25T11:00:00.000Z' },
    ]);
    // Kept in storage: another pane (a reload) reads the same thread.
    expect(JSON.parse(storage.items.get(DEMO_THREAD_KEY)!)).toHaveLength(3);
  });

  it('keeps a conversation of 500 replies to one page of the newest 50', async () => {
    let n = 0;
    const mailbox = createDemoMailbox({
      user: me,
      now: () => new Date(Date.UTC(2026, 10, 25, 10, 0, n++)),
      storage: memory(),
    });
    for (let i = 0; i < 500; i++) mailbox.deliver({ conversationId: 'c1', subject: 'Re', from: priya, text: `#${i}` });
    const page = await mailbox.threadSince('c1', '2026-11-25T00:00:00.000Z');
    expect(page.messages).toHaveLength(50);
    expect(page.messages[0]?.preview).toBe('#499');
    expect(page.more).toBe(true);
  });

  it('still reaches this page’s panes when the storage refuses the message', async () => {
    const mailbox = createDemoMailbox({
      user: me,
      now: () => new Date('2026-11-25T10:00:00Z'),
      storage: {
        getItem: () => null,
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      },
    });
    mailbox.deliver({ conversationId: 'c1', subject: 'Re', from: priya, text: 'Hello' });
    expect((await mailbox.threadSince('c1', '2026-11-25T09:00:00.000Z')).messages).toHaveLength(1);
  });
});
