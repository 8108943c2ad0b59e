import { describe, expect, it } from 'vitest';
import { defaultTeamSettings } from '../../store/defaultSettings';
import { teamId } from '../../domain/ids';
import { aCommitment, ALEX, MEGAN } from '../../../tests/fixtures/commitments';
import { demoReminders } from './demoReminders';

const settings = (followUpReminders: 'outlookFlag' | 'todoTask' | 'off') => ({
  ...defaultTeamSettings(teamId('team-a'), 'A', 'Europe/London'),
  followUpReminders,
});
const now = new Date('2026-11-03T10:00:00Z');

describe('the demo’s reminders', () => {
  it('gives a To Do task for each commitment the user owns, due at the promise, reminding at the next update', () => {
    const mine = aCommitment({ owner: ALEX, source: { kind: 'manual' } });
    const theirs = aCommitment({ owner: MEGAN });
    const [row, ...rest] = demoReminders([mine, theirs], settings('todoTask'), ALEX, now);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ commitmentId: mine.id, kind: 'todo' });
    expect(row!.dueAt!.toISOString().slice(0, 10)).toBe(mine.promisedDate);
    expect(row!.reminderAt!.getTime()).toBeLessThan(row!.dueAt!.getTime());
  });

  it('moves the reminder when an update is recorded and completes it on delivery', () => {
    const c = aCommitment({ owner: ALEX });
    const before = demoReminders([c], settings('todoTask'), ALEX, now)[0]!;
    const at = '2026-11-05T10:00:00.000Z';
    const updated = {
      ...c,
      history: [
        ...c.history,
        { id: 'h-u' as never, kind: 'update-sent' as const, note: 'On track', onTrack: true, at, by: ALEX },
      ],
    };
    const after = demoReminders([updated], settings('todoTask'), ALEX, new Date(at))[0]!;
    expect(after.reminderAt!.getTime()).toBeGreaterThan(before.reminderAt!.getTime());
    const delivered = demoReminders([{ ...updated, deliveredAt: at }], settings('todoTask'), ALEX, new Date(at))[0]!;
    expect(delivered).toMatchObject({ completedAt: new Date(at) });
    expect(delivered.reminderAt).toBeUndefined();
  });

  it('puts the Outlook flag only on commitments from an email, and nothing when reminders are off', () => {
    const email = aCommitment({ owner: ALEX });
    const typed = aCommitment({ owner: ALEX, source: { kind: 'manual' } });
    expect(
      demoReminders([email, typed], settings('outlookFlag'), ALEX, now).map((r) => [r.commitmentId, r.kind]),
    ).toEqual([[email.id, 'flag']]);
    expect(demoReminders([email, typed], settings('off'), ALEX, now)).toEqual([]);
  });
});
