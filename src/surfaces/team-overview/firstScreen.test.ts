import { describe, expect, it } from 'vitest';
import { demoWorld } from '../../hosts/browser/demoData';
import { defaultTeamSettings } from '../../store/defaultSettings';
import type { TeamSettings } from '../../domain/types';
import { TEST_TEAM } from '../../../tests/fixtures/renderWithServices';
import { FIRST_SCREEN_ROWS, makeFirstScreen, usableFirstScreen } from './firstScreen';
import { buildRows, DEFAULT_SORT, laneCounts, peopleOf, sortRows } from './overviewModel';

const NOW = new Date('2026-11-25T10:00:00Z');
const settings: TeamSettings = { ...defaultTeamSettings(TEST_TEAM, 'Test team', 'Europe/London'), version: 3 };
const world = demoWorld(NOW, settings);
const rows = buildRows(world.commitments, settings, NOW);
const ordered = sortRows(rows, DEFAULT_SORT, 'en-GB');
const people = { owners: peopleOf(rows, 'owner', 'en-GB'), customers: peopleOf(rows, 'customer', 'en-GB') };
const ZONE = 'Europe/London';
const screen = makeFirstScreen(rows, ordered, laneCounts(rows), people, settings, NOW, 'en-GB', ZONE);

describe('the first screen kept for the next visit', () => {
  it('holds the counts, the total, the people to filter by and the first rows in the default order, with the settings used', () => {
    expect(screen.counts).toEqual(laneCounts(rows));
    expect(screen.owners).toEqual(people.owners);
    expect(screen.customers).toEqual(people.customers);
    expect(screen.total).toBe(rows.length);
    expect(screen.first.map((c) => c.id)).toEqual(ordered.slice(0, FIRST_SCREEN_ROWS).map((r) => r.commitment.id));
    expect(screen.settings).toBe(settings);
  });

  it('holds until the first moment a status in it could change, and no later than the team’s midnight', () => {
    expect(screen.stableUntil).toBeGreaterThan(NOW.getTime());
    // Wednesday 25 Nov in London: midnight at 00:00 GMT on the 26th.
    expect(screen.stableUntil).toBeLessThanOrEqual(Date.parse('2026-11-26T00:00:00Z'));
    // Every status is still what it was just before then, and the lanes count the same.
    const later = new Date(screen.stableUntil - 1);
    const again = buildRows(world.commitments, settings, later);
    expect(again.map((r) => r.status)).toEqual(rows.map((r) => r.status));
    expect(laneCounts(again)).toEqual(screen.counts);
  });

  it('is used only from then until then, by the same release, in the same language and time zone, and only as Kept wrote it', () => {
    const usable = (kept: unknown, now = NOW, locale = 'en-GB', zone = ZONE) =>
      usableFirstScreen(kept, now, locale, zone);
    expect(usable(screen)).toBe(screen);
    expect(usable(screen, new Date(screen.stableUntil - 1))).toBe(screen);
    expect(usable(screen, new Date(screen.stableUntil))).toBeUndefined();
    // A clock set back to before it was worked out.
    expect(usable(screen, new Date(NOW.getTime() - 1))).toBeUndefined();
    expect(usable(screen, NOW, 'fi')).toBeUndefined();
    // Moved to another zone: a team's default settings (none saved) follow the browser's.
    expect(usable(screen, NOW, 'en-GB', 'Asia/Tehran')).toBeUndefined();
    // Kept by another release, whose rules may differ.
    expect(usable({ ...screen, rules: 'an-earlier-release' })).toBeUndefined();
    expect(usable(structuredClone(screen))).toEqual(screen);
    for (const broken of [
      undefined,
      null,
      'x',
      { ...screen, format: 2 },
      { ...screen, first: 'x' },
      { ...screen, counts: {} },
    ]) {
      expect(usable(broken)).toBeUndefined();
    }
  });
});
