import { describe, expect, it } from 'vitest';
import type { ActionContext } from './actions';
import { concernState } from './concerns';
import { historyEntryMessage } from './history';
import { formatMessage } from './i18n';
import {
  learnFromThread,
  recordReplyMeaning,
  replyExcerpt,
  replyMeaningsOffered,
  type ThreadMessage,
} from './replyActions';
import { customerReplyState } from './replyRules';
import { lastContactTime, statusAt } from './status';
import { ALEX, CASEY, aCommitment, aTeamSettings, anEntry, withHistory } from './testing/aCommitment';
import type { Commitment } from './types';
import { LIMITS } from './validation';

const REQUEST_AT = '2026-11-02T09:00:00.000Z';
const email: Commitment['source'] = {
  kind: 'email',
  internetMessageId: '<request@contoso.example>',
  conversationId: 'AAQkConv=',
  subject: 'Access review',
  receivedAt: REQUEST_AT,
};
const base = () => aCommitment({ source: email, createdAt: '2026-11-02T09:30:00.000Z' });
let n = 0;
const ctx = (now = '2026-11-06T12:00:00.000Z'): ActionContext => ({
  now: new Date(now),
  by: ALEX,
  newId: () => `id-${++n}`,
});
const message = (overrides: Partial<ThreadMessage>): ThreadMessage => ({
  id: `m-${++n}`,
  from: CASEY,
  fromMe: false,
  sentAt: '2026-11-05T10:00:00.000Z',
  receivedAt: '2026-11-05T10:00:05.000Z',
  preview: 'Thanks!',
  ...overrides,
});
const mine = (at: string): ThreadMessage =>
  message({ from: ALEX, fromMe: true, sentAt: at, receivedAt: at, preview: 'Working on it' });
const settings = aTeamSettings();

describe('learnFromThread: what the owner’s pane learns from the thread', () => {
  it('counts the owner’s own reply as an update, dated when it was sent, once', () => {
    const sent = '2026-11-04T15:20:00.000Z';
    const once = learnFromThread(base(), [mine(sent)], ctx());
    const entry = once.history.at(-1);
    expect(entry).toMatchObject({ kind: 'replied', at: sent, sent: { via: 'sent-items', at: sent } });
    expect(once.acknowledgedAt).toBe(sent);
    expect(lastContactTime(once)).toBe(Date.parse(sent));
    expect(statusAt(once, settings, new Date('2026-11-05T09:00:00.000Z')).awaitingAcknowledgement).toBe(false);
    // The next refresh sees it again: nothing new.
    expect(learnFromThread(once, [mine(sent)], ctx())).toBe(once);
  });

  it('does not count a reply Kept already recorded from Sent Items, nor one the user confirmed (“Sent?”) just after', () => {
    const sent = '2026-11-04T15:20:00.000Z';
    const recorded = withHistory(
      base(),
      anEntry({ kind: 'update-sent', note: '', onTrack: true, sent: { via: 'sent-items', at: sent } }, sent),
    );
    expect(learnFromThread(recorded, [mine(sent)], ctx())).toBe(recorded);
    const confirmed = withHistory(
      base(),
      anEntry({ kind: 'update-sent', note: '', onTrack: true, sent: { via: 'user' } }, '2026-11-04T15:23:00.000Z'),
    );
    expect(learnFromThread(confirmed, [mine(sent)], ctx())).toBe(confirmed);
  });

  it('ignores the owner’s messages from before the commitment was made', () => {
    const c = base();
    expect(learnFromThread(c, [mine('2026-11-02T09:10:00.000Z')], ctx())).toBe(c);
  });

  it('keeps the latest reply from someone else, after the request, with a text-only excerpt', () => {
    const c = learnFromThread(
      base(),
      [
        message({ receivedAt: '2026-11-04T08:00:00.000Z', preview: 'older' }),
        message({ receivedAt: '2026-11-05T08:00:00.000Z', preview: '  <b>Fine</b>\n\n  <script>alert(1)</script> ' }),
        message({ internetMessageId: '<request@contoso.example>', receivedAt: '2026-11-06T08:00:00.000Z' }),
      ],
      ctx(),
    );
    expect(c.customerReply).toEqual({
      at: '2026-11-05T08:00:00.000Z',
      from: CASEY,
      excerpt: '<b>Fine</b> <script>alert(1)</script>',
    });
    expect(customerReplyState(c)?.answered).toBe(false);
    // An older reply read later (another device, or a page seen again) does not replace it.
    expect(learnFromThread(c, [message({ receivedAt: '2026-11-04T09:00:00.000Z' })], ctx())).toBe(c);
  });

  it('never decides what a reply means: the proposal stays proposed, no feedback, no history line', () => {
    const proposed = withHistory(
      base(),
      anEntry(
        {
          kind: 'concern-raised',
          risk: 'Parts late',
          recovery: 'Second supplier',
          options: [],
          proposedDate: '2026-11-20',
        },
        '2026-11-04T09:00:00.000Z',
      ),
    );
    const learnt = learnFromThread(proposed, [message({ preview: 'Yes, the 20th is fine, accepted.' })], ctx());
    expect(concernState(learnt).proposal?.date).toBe('2026-11-20');
    expect(learnt.promisedDate).toBe(proposed.promisedDate);
    expect(learnt.history).toEqual(proposed.history);
    expect(learnt.feedback).toBeUndefined();
  });

  it('learns nothing for a commitment that did not come from an email', () => {
    const manual = aCommitment();
    expect(learnFromThread(manual, [message({}), mine('2026-11-04T15:20:00.000Z')], ctx())).toBe(manual);
  });
});

describe('replyExcerpt', () => {
  it('collapses whitespace, drops controls and direction overrides, and cuts long text at a word', () => {
    expect(replyExcerpt('a\u202Eb\u0007c\r\n\td')).toBe('abc d');
    const long = replyExcerpt(`${'word '.repeat(100)}end`);
    expect(long.length).toBeLessThanOrEqual(LIMITS.replyExcerpt);
    expect(long.endsWith('word…')).toBe(true);
  });
});

describe('recordReplyMeaning: one click records what the reply meant, with the existing actions', () => {
  const REPLY_AT = '2026-11-05T08:00:00.000Z';
  const withReply = (c: Commitment) =>
    learnFromThread(c, [message({ receivedAt: REPLY_AT, preview: 'OK for the 20th' })], ctx());
  const proposing = () =>
    withReply(
      withHistory(
        base(),
        anEntry(
          {
            kind: 'concern-raised',
            risk: 'Parts late',
            recovery: 'Second supplier',
            options: [],
            proposedDate: '2026-11-20',
          },
          '2026-11-04T09:00:00.000Z',
        ),
      ),
    );

  it('accepted the proposed date: the promise moves (renegotiated), the reply is answered', () => {
    const c = proposing();
    expect(replyMeaningsOffered(c)).toEqual(['accepted', 'kept-old-date', 'acknowledged']);
    const result = recordReplyMeaning(c, { kind: 'accepted' }, ctx());
    if (!result.ok) throw new Error('refused');
    expect(result.value.promisedDate).toBe('2026-11-20');
    expect(result.value.history.slice(-2).map((h) => h.kind)).toEqual(['proposal-answered', 'renegotiated']);
    expect(result.value.history.at(-2)).toMatchObject({ answer: 'accepted', reply: REPLY_AT });
    expect(customerReplyState(result.value)?.answered).toBe(true);
    expect(statusAt(result.value, settings, new Date('2026-11-06T12:00:00.000Z')).customerReplyWaiting).toBe(false);
  });

  it('kept the old date: needs the recovery plan, as answerProposal does', () => {
    const refused = recordReplyMeaning(proposing(), { kind: 'kept-old-date', recovery: ' ' }, ctx());
    expect(refused.ok).toBe(false);
    const kept = recordReplyMeaning(proposing(), { kind: 'kept-old-date', recovery: 'Two shifts' }, ctx());
    expect(kept.ok && kept.value.history.at(-1)).toMatchObject({ answer: 'kept-old-date', reply: REPLY_AT });
  });

  it('rated the delivery: feedback recorded from the reply; refused before delivery', () => {
    const open = withReply(base());
    expect(replyMeaningsOffered(open)).toEqual(['acknowledged']);
    expect(recordReplyMeaning(open, { kind: 'rated', rating: 5, comment: '' }, ctx()).ok).toBe(false);
    const delivered = withReply(base());
    const done = { ...delivered, deliveredAt: '2026-11-04T12:00:00.000Z' };
    expect(replyMeaningsOffered(done)).toEqual(['rated', 'acknowledged']);
    const rated = recordReplyMeaning(done, { kind: 'rated', rating: 4, comment: 'Quick' }, ctx());
    if (!rated.ok) throw new Error('refused');
    expect(rated.value.feedback).toMatchObject({ rating: 4, comment: 'Quick' });
    expect(rated.value.history.at(-1)).toMatchObject({ kind: 'feedback', reply: REPLY_AT });
    expect(customerReplyState(rated.value)?.answered).toBe(true);
  });

  it('acknowledged: a history line naming the customer, nothing else changes', () => {
    const c = withReply(base());
    const result = recordReplyMeaning(c, { kind: 'acknowledged' }, ctx());
    if (!result.ok) throw new Error('refused');
    const entry = result.value.history.at(-1);
    expect(entry).toMatchObject({ kind: 'customer-acknowledged', reply: REPLY_AT, from: CASEY });
    expect(formatMessage('en', historyEntryMessage(entry!, result.value, 'en'))).toBe(
      'Alex Owner recorded that Casey Customer acknowledged the last message',
    );
    expect(result.value.promisedDate).toBe(c.promisedDate);
    expect(customerReplyState(result.value)?.answered).toBe(true);
  });

  it('without a reply there is nothing to record', () => {
    expect(recordReplyMeaning(base(), { kind: 'acknowledged' }, ctx()).ok).toBe(false);
    expect(replyMeaningsOffered(base())).toEqual([]);
  });
});
