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
const screen = makeFirstScreen(rows, ordered, laneCounts(rows), people, settings, NOW, 'en-GB');

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

  it('is used only before then, in the same language, and only as Kept wrote it', () => {
    expect(usableFirstScreen(screen, NOW, 'en-GB')).toBe(screen);
    expect(usableFirstScreen(screen, new Date(screen.stableUntil - 1), 'en-GB')).toBe(screen);
    expect(usableFirstScreen(screen, new Date(screen.stableUntil), 'en-GB')).toBeUndefined();
    expect(usableFirstScreen(screen, NOW, 'fi')).toBeUndefined();
    expect(usableFirstScreen(structuredClone(screen), NOW, 'en-GB')).toEqual(screen);
    for (const broken of [
      undefined,
      null,
      'x',
      { ...screen, format: 2 },
      { ...screen, first: 'x' },
      { ...screen, counts: {} },
    ]) {
      expect(usableFirstScreen(broken, NOW, 'en-GB')).toBeUndefined();
    }
  });
});
