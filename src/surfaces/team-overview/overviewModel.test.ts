import { describe, expect, it } from 'vitest';
import { commitmentId, teamId } from '../../domain/ids';
import type { ListedCommitment } from '../../domain/listed';
import type { Commitment } from '../../domain/types';
import { demoWorld } from '../../hosts/browser/demoData';
import { defaultTeamSettings } from '../../store/defaultSettings';
import {
  applyFilters,
  buildRows,
  laneCounts,
  NO_FILTERS,
  peopleOf,
  sortRows,
  weekEndOf,
  type OverviewRow,
  type SortKey,
  type SortState,
} from './overviewModel';

const settings = defaultTeamSettings(teamId('t'), 'Team', 'Europe/London');
// A Wednesday, mid-morning in London.
const now = new Date('2026-11-25T10:00:00Z');
const world = demoWorld(now, settings);
const rows = buildRows(world.commitments, settings, now);
const byTitle = (part: string): OverviewRow => {
  const row = rows.find((r) => r.commitment.title.includes(part));
  if (row === undefined) throw new Error(`no demo commitment "${part}"`);
  return row;
};

describe('lanes', () => {
  it('puts each demo commitment in the lanes its status calls for', () => {
    expect([...byTitle('budget forecast').lanes]).toContain('at-risk');
    expect([...byTitle('duplicate customer').lanes]).toContain('promise-overdue');
    expect([...byTitle('duplicate customer').lanes]).not.toContain('due-this-week');
    expect([...byTitle('Headcount').lanes]).toContain('ack-breached');
    expect([...byTitle('onboarding report').lanes]).toContain('update-overdue');
    expect(byTitle('expense approvals').lanes.size).toBe(0);
  });

  it('puts a commitment whose customer replied and was not answered in “Customer replied, not yet answered”', () => {
    const template = world.commitments.find((c) => c.deliveredAt === undefined && c.cancelledAt === undefined);
    if (template === undefined) throw new Error('no open demo commitment');
    const reply = { at: '2026-11-24T15:00:00.000Z', from: template.customer, excerpt: 'Any news?' };
    const waiting: Commitment = { ...template, id: commitmentId('waiting'), customerReply: reply };
    const answered: Commitment = {
      ...waiting,
      id: commitmentId('answered'),
      history: [
        ...template.history,
        {
          id: 'h-after' as Commitment['history'][number]['id'],
          kind: 'update-sent',
          note: '',
          onTrack: true,
          at: '2026-11-24T16:00:00.000Z',
          by: template.owner,
        },
      ],
    };
    const delivered: Commitment = {
      ...waiting,
      id: commitmentId('delivered'),
      deliveredAt: '2026-11-23T10:00:00.000Z',
    };
    const cancelled: Commitment = {
      ...waiting,
      id: commitmentId('cancelled'),
      cancelledAt: '2026-11-24T16:00:00.000Z',
    };
    const lanes = buildRows([waiting, answered, delivered, cancelled], settings, now).map((r) =>
      r.lanes.has('reply-waiting'),
    );
    expect(lanes).toEqual([true, false, true, false]);
    expect(laneCounts(buildRows([waiting, answered, delivered, cancelled], settings, now))['reply-waiting']).toBe(2);
  });

  it('counts every lane a row is in', () => {
    const counts = laneCounts(rows);
    for (const lane of Object.keys(counts) as (keyof typeof counts)[]) {
      expect(counts[lane]).toBe(rows.filter((r) => r.lanes.has(lane)).length);
    }
    expect(counts['promise-overdue']).toBeGreaterThan(0);
  });

  it('ends the week on the Sunday after a Wednesday (Mon–Fri calendar)', () => {
    expect(weekEndOf(settings, now)).toBe('2026-11-29');
  });
});

describe('filters', () => {
  it('matches every word of the search anywhere in title and people', () => {
    const found = applyFilters(rows, { ...NO_FILTERS, text: 'JONAS  pipeline  LEADS' });
    expect(found.map((r) => r.commitment.title)).toEqual([
      'Grant the regional leads read access to the pipeline dataset',
    ]);
  });

  it('filters by owner, status, lane and promised date range', () => {
    const owner = rows[0]!.commitment.owner.email.toUpperCase();
    expect(
      applyFilters(rows, { ...NO_FILTERS, owners: [owner.toLowerCase()] }).every(
        (r) => r.commitment.owner.email.toUpperCase() === owner,
      ),
    ).toBe(true);
    expect(
      applyFilters(rows, { ...NO_FILTERS, statuses: ['delivered'] }).every((r) => r.status.kind === 'delivered'),
    ).toBe(true);
    expect(applyFilters(rows, { ...NO_FILTERS, lane: 'at-risk' })).toHaveLength(laneCounts(rows)['at-risk']);
    const from = '2026-11-20';
    const to = '2026-12-10';
    const ranged = applyFilters(rows, { ...NO_FILTERS, from, to });
    expect(ranged.length).toBeGreaterThan(0);
    expect(ranged.every((r) => r.commitment.promisedDate >= from && r.commitment.promisedDate <= to)).toBe(true);
  });
});

describe('sorting', () => {
  it('sorts by status urgency, then by promised date', () => {
    const sorted = sortRows(rows, { key: 'status', direction: 'ascending' }, 'en');
    expect(sorted[0]!.status.kind).toBe('overdue');
    expect(sorted.at(-1)!.status.kind).toMatch(/delivered|cancelled/);
  });

  it('sorts titles with the locale collator, in both directions', () => {
    const asc = sortRows(rows, { key: 'title', direction: 'ascending' }, 'en').map((r) => r.commitment.title);
    const desc = sortRows(rows, { key: 'title', direction: 'descending' }, 'en').map((r) => r.commitment.title);
    expect(desc).toEqual([...asc].reverse());
    expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  });

  it('puts rows with no update due last, sorted by next update either way', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortRows(rows, { key: 'nextUpdate', direction }, 'en');
      const due = sorted.map((r) => r.status.nextUpdateDue?.getTime());
      const firstBlank = due.indexOf(undefined);
      expect(firstBlank).toBeGreaterThan(0);
      expect(due.slice(firstBlank).every((ms) => ms === undefined)).toBe(true);
      const dated = due.slice(0, firstBlank) as number[];
      expect(dated).toEqual([...dated].sort((a, b) => (direction === 'ascending' ? a - b : b - a)));
    }
  });

  it('sorts by next update both ways when every row has one due, and sorts nothing to nothing', () => {
    const dueRows = rows.filter((r) => r.status.nextUpdateDue !== undefined);
    expect(dueRows.length).toBeGreaterThan(1);
    const due = (direction: 'ascending' | 'descending') =>
      sortRows(dueRows, { key: 'nextUpdate', direction }, 'en').map((r) => r.status.nextUpdateDue!.getTime());
    const ascending = due('ascending');
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(due('descending')).toEqual([...ascending].sort((a, b) => b - a));
    for (const key of ['status', 'title', 'owner', 'customer', 'promisedDate', 'nextUpdate'] as const) {
      expect(sortRows([], { key, direction: 'descending' }, 'en')).toEqual([]);
    }
  });

  it('lists distinct people by email, case-insensitively', () => {
    const twin: ListedCommitment = {
      ...rows[0]!.commitment,
      id: commitmentId('twin'),
      owner: { ...rows[0]!.commitment.owner, email: rows[0]!.commitment.owner.email.toUpperCase() },
    };
    const people = peopleOf([...rows, ...buildRows([twin], settings, now)], 'owner', 'en');
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
  });
});

const nextUpdate = (row: OverviewRow) => row.status.nextUpdateDue?.getTime() ?? Number.POSITIVE_INFINITY;

/** The order sortRows promises, written plainly: the column, then the title, with the collator. */
function referenceOrder(list: readonly OverviewRow[], sort: SortState, locale: string): OverviewRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const STATUS = ['overdue', 'at-risk', 'update-due', 'awaiting-acknowledgement', 'on-track', 'delivered', 'cancelled'];
  const byDate = (a: OverviewRow, b: OverviewRow) =>
    a.commitment.promisedDate < b.commitment.promisedDate
      ? -1
      : a.commitment.promisedDate > b.commitment.promisedDate
        ? 1
        : 0;
  const column = (a: OverviewRow, b: OverviewRow): number => {
    switch (sort.key) {
      case 'title':
        return collator.compare(a.commitment.title, b.commitment.title);
      case 'status':
        return STATUS.indexOf(a.status.kind) - STATUS.indexOf(b.status.kind) || byDate(a, b);
      case 'owner':
        return collator.compare(a.commitment.owner.name, b.commitment.owner.name);
      case 'customer':
        return collator.compare(a.commitment.customer.name, b.commitment.customer.name);
      case 'promisedDate':
        return byDate(a, b);
      case 'nextUpdate':
        return Math.sign(nextUpdate(a) - nextUpdate(b)) || 0;
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // No update due: last, whichever way the column is sorted.
  const blank = (row: OverviewRow) =>
    sort.key === 'nextUpdate' && nextUpdate(row) === Number.POSITIVE_INFINITY ? 1 : 0;
  return [...list].sort(
    (a, b) => blank(a) - blank(b) || sign * column(a, b) || collator.compare(a.commitment.title, b.commitment.title),
  );
}

describe('10,000 commitments in every language the demo has', () => {
  // Titles and names mix plain Latin (sorted by a cheap key) with Finnish, Persian and Chinese text
  // (sorted by the collator); the order must be the collator's all the same.
  const many: Commitment[] = [];
  for (let i = 0; i < 10_000; i++) {
    const base = world.commitments[i % world.commitments.length]!;
    const title = i % 3 === 0 ? `Request ${i % 97}` : `${base.title} #${i % 500}`;
    many.push({ ...base, id: commitmentId(`c-${i}`), title });
  }
  const built = buildRows(many, settings, now);
  const keys: SortKey[] = ['status', 'title', 'owner', 'customer', 'promisedDate', 'nextUpdate'];

  it.each(keys.flatMap((key) => ['en', 'fi', 'fa', 'zh-Hans'].map((locale) => [key, locale] as const)))(
    'sorts by %s in %s exactly as the collator orders, both ways',
    (key, locale) => {
      for (const direction of ['ascending', 'descending'] as const) {
        const ids = (list: readonly OverviewRow[]) => list.map((r) => r.commitment.id);
        expect(ids(sortRows(built, { key, direction }, locale))).toEqual(
          ids(referenceOrder(built, { key, direction }, locale)),
        );
      }
    },
  );

  it('filters by text over all of them', () => {
    const filtered = applyFilters(built, { ...NO_FILTERS, text: 'REQUEST 42' });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.map((r) => r.commitment.id)).toEqual(many.filter((c) => c.title === 'Request 42').map((c) => c.id));
  });
});

describe('buildRows across teams ("My commitments")', () => {
  it("judges each commitment by its own team's service standards", () => {
    // The demo request awaiting acknowledgement arrived two business days ago.
    const waiting = world.commitments.find((c) => c.acknowledgedAt === undefined && c.deliveredAt === undefined);
    if (waiting === undefined) throw new Error('no unacknowledged demo commitment');
    const finance = teamId('finance');
    const theirs: Commitment = { ...waiting, id: commitmentId('finance-1'), teamId: finance };
    // Finance promises an answer within 40 business hours: not breached yet.
    const patient = { ...defaultTeamSettings(finance, 'Finance', 'Europe/London'), acknowledgeWithinHours: 40 };

    const [ours, other] = buildRows([waiting, theirs], settings, now, new Map([[finance, patient]]));
    expect(ours?.status.acknowledgementBreached).toBe(true);
    expect(ours?.lanes.has('ack-breached')).toBe(true);
    expect(other?.status.acknowledgementBreached).toBe(false);
    expect(other?.lanes.has('ack-breached')).toBe(false);
  });
});
