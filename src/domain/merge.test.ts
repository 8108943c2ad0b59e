import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitmentId, historyId, stepId, teamId } from './ids';
import { mergeConcurrent, mergeHistory, sameValue, type MergeResult } from './merge';
import type { Commitment, HistoryEntry, PlanStep } from './types';

const omar = { name: 'Omar Haddad', email: 'omar@contoso.com' };

const h = (id: string, at: string): HistoryEntry => ({ id: historyId(id), at, by: omar, kind: 'plan-shared' });
const s = (id: string, text = `Step ${id}`, extra: Partial<PlanStep> = {}): PlanStep => ({
  id: stepId(id),
  text,
  ...extra,
});

const base: Commitment = {
  id: commitmentId('c1'),
  version: 3,
  teamId: teamId('t'),
  title: 'Access review',
  customer: { name: 'Dana', email: 'dana@contoso.com' },
  owner: omar,
  source: { kind: 'manual' },
  requestedAt: '2026-11-20T08:00:00.000Z',
  steps: [s('a'), s('b'), s('c')],
  acceptanceCriteria: 'Done means done',
  targetDate: '2026-12-03',
  promisedDate: '2026-12-07',
  updateCadenceDays: 5,
  history: [h('h1', '2026-11-20T09:00:00.000Z')],
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
};

const merged = (r: MergeResult): Commitment => {
  if (!r.ok) throw new Error(`conflict: ${r.conflictingFields.join(', ')}`);
  return r.merged;
};
const conflicts = (r: MergeResult): readonly string[] => (r.ok ? [] : r.conflictingFields);
const stepsOf = (c: Commitment): string[] => c.steps.map((x) => x.id);
const withStep = (c: Commitment, id: string, change: Partial<PlanStep>): Commitment => ({
  ...c,
  steps: c.steps.map((x) => (x.id === id ? { ...x, ...change } : x)),
});

describe('mergeConcurrent: fields', () => {
  it('takes the side that changed each field', () => {
    const mine = { ...base, title: 'Access review (Finance)', updatedAt: '2026-11-21T10:00:00.000Z' };
    const theirs = { ...base, version: 4, promisedDate: '2026-12-09', updatedAt: '2026-11-21T11:00:00.000Z' };
    const m = merged(mergeConcurrent(base, mine, theirs));
    expect(m.title).toBe('Access review (Finance)');
    expect(m.promisedDate).toBe('2026-12-09');
    expect(m.version).toBe(4);
    expect(m.updatedAt).toBe('2026-11-21T11:00:00.000Z');
  });

  it('both changing a field to the same value is fine', () => {
    const mine = { ...base, targetDate: '2026-12-04' };
    const theirs = { ...base, version: 4, targetDate: '2026-12-04' };
    expect(merged(mergeConcurrent(base, mine, theirs)).targetDate).toBe('2026-12-04');
  });

  it('both changing a field differently is a conflict that names every such field', () => {
    const mine = {
      ...base,
      title: 'Mine',
      promisedDate: '2026-12-08',
      customer: { name: 'Dana F', email: 'dana@contoso.com' },
    };
    const theirs = {
      ...base,
      version: 4,
      title: 'Theirs',
      promisedDate: '2026-12-09',
      customer: { name: 'D', email: 'dana@contoso.com' },
    };
    expect(conflicts(mergeConcurrent(base, mine, theirs))).toEqual(['title', 'customer', 'promisedDate']);
  });

  it('an optional field removed on one side and kept on the other is removed', () => {
    const flagged = { ...base, flaggedAtRisk: { note: 'late vendor', at: '2026-11-20T10:00:00.000Z' } };
    const { flaggedAtRisk: _gone, ...cleared } = flagged;
    const theirs = { ...flagged, version: 4, title: 'Renamed' };
    const m = merged(mergeConcurrent(flagged, cleared, theirs));
    expect('flaggedAtRisk' in m).toBe(false);
    expect(m.title).toBe('Renamed');
  });

  it('two people acknowledging or delivering at once keep the earlier instant, not a conflict', () => {
    const mine = { ...base, acknowledgedAt: '2026-11-20T10:05:00.000Z', deliveredAt: '2026-12-01T10:00:00.000Z' };
    const theirs = {
      ...base,
      version: 4,
      acknowledgedAt: '2026-11-20T10:01:00.000Z',
      deliveredAt: '2026-12-01T11:00:00.000Z',
    };
    const m = merged(mergeConcurrent(base, mine, theirs));
    expect(m.acknowledgedAt).toBe('2026-11-20T10:01:00.000Z');
    expect(m.deliveredAt).toBe('2026-12-01T10:00:00.000Z');
  });

  it('two panes that read different replies of the thread keep the later one, not a conflict', () => {
    const dana = base.customer;
    const mine = { ...base, customerReply: { at: '2026-12-02T09:00:00.000Z', from: dana, excerpt: 'Later' } };
    const theirs = { ...base, customerReply: { at: '2026-12-01T09:00:00.000Z', from: dana, excerpt: 'Earlier' } };
    expect(merged(mergeConcurrent(base, mine, theirs)).customerReply?.excerpt).toBe('Later');
    expect(merged(mergeConcurrent(base, theirs, mine)).customerReply?.excerpt).toBe('Later');
  });

  it('two different feedbacks conflict', () => {
    const mine = { ...base, feedback: { rating: 5 as const, comment: '', at: '2026-12-02T00:00:00.000Z' } };
    const theirs = { ...base, feedback: { rating: 2 as const, comment: '', at: '2026-12-02T00:00:00.000Z' } };
    expect(conflicts(mergeConcurrent(base, mine, theirs))).toEqual(['feedback']);
  });
});

describe('mergeConcurrent: steps', () => {
  it('two people ticking different steps both win', () => {
    const mine = withStep(base, 'a', { doneAt: '2026-11-21T10:00:00.000Z' });
    const theirs = { ...withStep(base, 'c', { doneAt: '2026-11-21T11:00:00.000Z' }), version: 4 };
    const m = merged(mergeConcurrent(base, mine, theirs));
    expect(m.steps.map((x) => x.doneAt ?? null)).toEqual([
      '2026-11-21T10:00:00.000Z',
      null,
      '2026-11-21T11:00:00.000Z',
    ]);
  });

  it('one ticks while the other rewords the same step: both win', () => {
    const mine = withStep(base, 'b', { doneAt: '2026-11-21T10:00:00.000Z' });
    const theirs = withStep(base, 'b', { text: 'Review with the data owners', dueDate: '2026-12-01' });
    expect(merged(mergeConcurrent(base, mine, theirs)).steps[1]).toEqual({
      id: 'b',
      text: 'Review with the data owners',
      dueDate: '2026-12-01',
      doneAt: '2026-11-21T10:00:00.000Z',
    });
  });

  it('both ticked the same step: the earlier tick is kept', () => {
    const mine = withStep(base, 'b', { doneAt: '2026-11-21T10:00:00.000Z' });
    const theirs = withStep(base, 'b', { doneAt: '2026-11-21T09:00:00.000Z' });
    expect(merged(mergeConcurrent(base, mine, theirs)).steps[1]?.doneAt).toBe('2026-11-21T09:00:00.000Z');
  });

  it('one ticked and the other unticked the same step: a conflict', () => {
    const ticked = withStep(base, 'b', { doneAt: '2026-11-21T10:00:00.000Z' });
    const { doneAt: _d, ...open } = ticked.steps[1] ?? s('b');
    const unticked = { ...ticked, steps: [s('a'), open, s('c')] };
    const retickedLater = withStep(ticked, 'b', { doneAt: '2026-11-22T10:00:00.000Z' });
    expect(conflicts(mergeConcurrent(ticked, unticked, retickedLater))).toEqual(['steps.b.doneAt']);
  });

  it('the same step reworded differently: a conflict naming the step and attribute', () => {
    const mine = withStep(base, 'a', { text: 'Mine' });
    const theirs = withStep(base, 'a', { text: 'Theirs' });
    expect(conflicts(mergeConcurrent(base, mine, theirs))).toEqual(['steps.a.text']);
  });

  it('steps added on both sides are all kept, each after the step it followed', () => {
    const mine = { ...base, steps: [s('a'), s('m1'), s('b'), s('c')] };
    const theirs = { ...base, steps: [s('a'), s('b'), s('c'), s('t1')] };
    expect(stepsOf(merged(mergeConcurrent(base, mine, theirs)))).toEqual(['a', 'm1', 'b', 'c', 't1']);
  });

  it('a step deleted on one side and untouched on the other is deleted', () => {
    const mine = { ...base, steps: [s('a'), s('c')] };
    const theirs = withStep(base, 'a', { doneAt: '2026-11-21T10:00:00.000Z' });
    const m = merged(mergeConcurrent(base, mine, theirs));
    expect(stepsOf(m)).toEqual(['a', 'c']);
    expect(m.steps[0]?.doneAt).toBe('2026-11-21T10:00:00.000Z');
  });

  it('a step deleted on one side and edited on the other is a conflict', () => {
    const mine = { ...base, steps: [s('a'), s('c')] };
    const theirs = withStep(base, 'b', { doneAt: '2026-11-21T10:00:00.000Z' });
    expect(conflicts(mergeConcurrent(base, mine, theirs))).toEqual(['steps.b']);
    expect(conflicts(mergeConcurrent(base, theirs, mine))).toEqual(['steps.b']);
  });

  it('a reorder on one side is kept, with the other side’s additions', () => {
    const mine = { ...base, steps: [s('c'), s('a'), s('b')] };
    const theirs = { ...base, steps: [s('a'), s('b'), s('t1'), s('c')] };
    expect(stepsOf(merged(mergeConcurrent(base, mine, theirs)))).toEqual(['c', 'a', 'b', 't1']);
  });

  it('two different reorders conflict', () => {
    const mine = { ...base, steps: [s('c'), s('a'), s('b')] };
    const theirs = { ...base, steps: [s('b'), s('a'), s('c')] };
    expect(conflicts(mergeConcurrent(base, mine, theirs))).toEqual(['steps']);
  });
});

describe('mergeHistory', () => {
  it('is the union by id ordered by time', () => {
    const mine = [h('h1', '2026-11-20T09:00:00.000Z'), h('m', '2026-11-21T12:00:00.000Z')];
    const theirs = [h('h1', '2026-11-20T09:00:00.000Z'), h('t', '2026-11-21T11:00:00.000Z')];
    expect(mergeHistory(mine, theirs).map((x) => x.id)).toEqual(['h1', 't', 'm']);
  });

  it('keeps entries written together in their order', () => {
    const at = '2026-11-21T11:00:00.000Z';
    const mine = [h('h1', '2026-11-20T09:00:00.000Z'), h('concern', at), h('renegotiated', at)];
    expect(mergeHistory(mine, [h('h1', '2026-11-20T09:00:00.000Z')]).map((x) => x.id)).toEqual([
      'h1',
      'concern',
      'renegotiated',
    ]);
  });
});

// ---- properties -------------------------------------------------------------------------------

type Op =
  | { readonly kind: 'title'; readonly value: string }
  | { readonly kind: 'tick'; readonly index: number; readonly minute: number }
  | { readonly kind: 'add'; readonly index: number }
  | { readonly kind: 'remove'; readonly index: number }
  | { readonly kind: 'history'; readonly minute: number }
  | { readonly kind: 'promised'; readonly day: number }
  | { readonly kind: 'reorder' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('title' as const), value: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('tick' as const), index: fc.nat(5), minute: fc.nat(59) }),
  fc.record({ kind: fc.constant('add' as const), index: fc.nat(5) }),
  fc.record({ kind: fc.constant('remove' as const), index: fc.nat(5) }),
  fc.record({ kind: fc.constant('history' as const), minute: fc.nat(59) }),
  fc.record({ kind: fc.constant('promised' as const), day: fc.integer({ min: 10, max: 28 }) }),
  fc.constant({ kind: 'reorder' as const }),
);

/**
 * Applies edits the way the app does: new ids are unique per side, history only grows, and each
 * side's clock moves forward (the two sides' entries interleave in time).
 */
function apply(c: Commitment, ops: readonly Op[], side: string): Commitment {
  let n = 0;
  let clock = Date.parse('2026-11-22T10:00:00.000Z');
  return ops.reduce<Commitment>((x, op) => {
    const at = (minutes: number) => new Date((clock += (minutes + 1) * 60_000)).toISOString();
    switch (op.kind) {
      case 'title':
        return { ...x, title: op.value };
      case 'tick': {
        const target = x.steps[op.index % Math.max(1, x.steps.length)];
        if (target === undefined) return x;
        const { doneAt, ...open } = target;
        const step = doneAt === undefined ? { ...target, doneAt: at(op.minute) } : open;
        return { ...x, steps: x.steps.map((y) => (y.id === target.id ? step : y)) };
      }
      case 'add': {
        const steps = [...x.steps];
        steps.splice(op.index % (steps.length + 1), 0, s(`${side}${++n}`));
        return { ...x, steps };
      }
      case 'remove':
        return { ...x, steps: x.steps.filter((_, i) => i !== op.index % Math.max(1, x.steps.length)) };
      case 'history':
        return { ...x, history: [...x.history, h(`${side}-h${++n}`, at(op.minute))] };
      case 'promised':
        return { ...x, promisedDate: `2026-12-${String(op.day).padStart(2, '0')}` };
      case 'reorder':
        return { ...x, steps: [...x.steps].reverse() };
    }
  }, c);
}

const sidesArb = fc.record({
  mine: fc.array(opArb, { maxLength: 8 }),
  theirs: fc.array(opArb, { maxLength: 8 }),
});

const historyIds = (c: Commitment): string[] => c.history.map((x) => x.id).sort();
const without = (c: Commitment) => ({ ...c, version: 0, updatedAt: '' });

describe('mergeConcurrent properties', () => {
  it('with no concurrent change, the result is mine (at theirs.version)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 10 }), (ops) => {
        const mine = apply(base, ops, 'm');
        const theirs = { ...base, version: base.version + 1 };
        const m = merged(mergeConcurrent(base, mine, theirs));
        expect(sameValue(without(m), without(mine))).toBe(true);
        expect(m.version).toBe(theirs.version);
      }),
    );
  });

  it('when only they changed, the result is theirs', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 10 }), (ops) => {
        const theirs = { ...apply(base, ops, 't'), version: 9 };
        const m = merged(mergeConcurrent(base, base, theirs));
        expect(sameValue(without(m), without(theirs))).toBe(true);
      }),
    );
  });

  it('is symmetric: same outcome, same history set, same conflicts either way round', () => {
    fc.assert(
      fc.property(sidesArb, ({ mine: mineOps, theirs: theirsOps }) => {
        const mine = apply(base, mineOps, 'm');
        const theirs = apply(base, theirsOps, 't');
        const ab = mergeConcurrent(base, mine, theirs);
        const ba = mergeConcurrent(base, theirs, mine);
        expect(ab.ok).toBe(ba.ok);
        if (ab.ok && ba.ok) {
          expect(historyIds(ab.merged)).toEqual(historyIds(ba.merged));
          expect(new Set(stepsOf(ab.merged))).toEqual(new Set(stepsOf(ba.merged)));
          expect(ab.merged.title).toBe(ba.merged.title);
          expect(ab.merged.promisedDate).toBe(ba.merged.promisedDate);
        } else {
          expect([...conflicts(ab)].sort()).toEqual([...conflicts(ba)].sort());
        }
      }),
    );
  });

  it('never drops a history entry, never duplicates one, and keeps it in time order', () => {
    fc.assert(
      fc.property(sidesArb, ({ mine: mineOps, theirs: theirsOps }) => {
        const mine = apply(base, mineOps, 'm');
        const theirs = apply(base, theirsOps, 't');
        const union = mergeHistory(mine.history, theirs.history);
        const expected = new Set([...mine.history, ...theirs.history].map((x) => x.id));
        expect(union.map((x) => x.id).sort()).toEqual([...expected].sort());
        const times = union.map((x) => x.at);
        expect(times).toEqual([...times].sort());
        const r = mergeConcurrent(base, mine, theirs);
        if (r.ok) expect(historyIds(r.merged)).toEqual([...expected].sort());
      }),
    );
  });

  it('keeps every change made on only one side', () => {
    fc.assert(
      fc.property(sidesArb, ({ mine: mineOps, theirs: theirsOps }) => {
        const mine = apply(base, mineOps, 'm');
        const theirs = apply(base, theirsOps, 't');
        const r = mergeConcurrent(base, mine, theirs);
        if (!r.ok) return;
        // Steps added on one side survive with their content.
        for (const step of [...mine.steps, ...theirs.steps]) {
          if (base.steps.some((b) => b.id === step.id)) continue;
          expect(r.merged.steps.find((x) => x.id === step.id)).toEqual(step);
        }
        if (mine.title === base.title) expect(r.merged.title).toBe(theirs.title);
        if (theirs.title === base.title) expect(r.merged.title).toBe(mine.title);
      }),
    );
  });
});
