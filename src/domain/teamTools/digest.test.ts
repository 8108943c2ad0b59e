import { describe, expect, it } from 'vitest';
import { registerMessages } from '../i18n';
import { teamTools } from '../i18n/en/teamTools';
import { commitmentId } from '../ids';
import { statusAt } from '../status';
import { CASEY, aCommitment, aTeamSettings, anEntry, withHistory } from '../testing/aCommitment';
import type { Commitment, Instant } from '../types';
import { digestDraft, teamDigest } from './digest';

// The team tools' words join the catalog with their code (ui/teamToolsMessages.ts); here, by hand.
registerMessages(teamTools);

const settings = aTeamSettings();
const NOW = new Date('2026-11-06T10:00:00.000Z');
const REPLY_AT = '2026-11-05T10:00:00.000Z' as Instant;
const DELIVERED = '2026-11-04T12:00:00.000Z' as Instant;

const replied = (id: string, overrides: Partial<Commitment> = {}) =>
  aCommitment({
    id: commitmentId(id),
    title: `Request ${id}`,
    customerReply: { at: REPLY_AT, from: CASEY, excerpt: 'Any news?' },
    ...overrides,
  });

describe('the weekly digest', () => {
  it('lists the replies waiting for an answer as the overview counts them: open or delivered, not cancelled or answered', () => {
    const open = replied('open');
    const delivered = withHistory(
      replied('delivered', { deliveredAt: DELIVERED }),
      anEntry({ kind: 'delivered', note: 'Done' }, DELIVERED),
    );
    const cancelled = replied('cancelled', { cancelledAt: DELIVERED });
    const answered = withHistory(
      replied('answered'),
      anEntry({ kind: 'update-sent', note: '', onTrack: true }, '2026-11-05T11:00:00.000Z' as Instant),
    );
    const quiet = aCommitment({ id: commitmentId('quiet') });
    const team = [open, delivered, cancelled, answered, quiet];

    const digest = teamDigest(team, settings, NOW);
    expect(digest.unanswered.map((i) => i.title)).toEqual(['Request open', 'Request delivered']);
    // The same commitments as the statuses say (and the overview's lane counts).
    expect(digest.unanswered.map((i) => i.title)).toEqual(
      team.filter((c) => statusAt(c, settings, NOW).customerReplyWaiting).map((c) => c.title),
    );

    const { text } = digestDraft(digest, 'Data team', settings, 'en');
    expect(text).toContain('Customer replies not yet answered: 2\n- Request open (');
    expect(text).toContain('- Request delivered (');
    expect(text).not.toContain('Request cancelled');
  });

  it('says none when no reply waits, never that replies are not tracked', () => {
    const { text } = digestDraft(teamDigest([aCommitment()], settings, NOW), 'Data team', settings, 'en');
    expect(text).toContain('Customer replies not yet answered: none');
  });
});
