import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEdit, rebaseEdit, sameValue, settleConflict, type EditState, type ListRules } from './merge';

// A form's value as the edit forms keep it: plain fields as typed, and plan steps as rows. A row the
// user added has no id yet (only its row key); rows from the stored plan carry the step's id.
interface Row {
  readonly key: string;
  readonly id?: string;
  readonly text: string;
  readonly dueDate: string;
}
interface Form {
  readonly title: string;
  readonly targetDate: string;
  readonly criteria: string;
  readonly steps: readonly Row[];
}

const LISTS: ListRules<Form> = {
  steps: { id: (row) => row.id ?? `new:${row.key}`, attributes: ['text', 'dueDate'] },
};

const row = (id: string, text = `Step ${id}`, dueDate = ''): Row => ({ key: id, id, text, dueDate });

const base: Form = {
  title: 'Access review',
  targetDate: '2026-12-03',
  criteria: 'Done means done',
  steps: [row('a'), row('b'), row('c')],
};

const withRow = (form: Form, id: string, change: Partial<Row>): Form => ({
  ...form,
  steps: form.steps.map((r) => (r.id === id ? { ...r, ...change } : r)),
});
const ids = (form: Form) => form.steps.map((r) => r.id ?? `new:${r.key}`);
const paths = (merge: { conflicts: readonly { path: string }[] }) => merge.conflicts.map((c) => c.path);

describe('mergeEdit: fields', () => {
  it('a field the user did not touch takes the stored value; a field only the user changed keeps theirs', () => {
    const mine = { ...base, title: 'Access review (Finance)' };
    const theirs = { ...base, targetDate: '2026-12-04' };
    const merge = mergeEdit(base, mine, theirs, LISTS);
    expect(merge.value).toEqual({ ...base, title: 'Access review (Finance)', targetDate: '2026-12-04' });
    expect(merge.conflicts).toEqual([]);
  });

  it('both changed a field differently: a conflict with both values; the form keeps what the user typed', () => {
    const mine = { ...base, title: 'Mine' };
    const theirs = { ...base, title: 'Theirs', criteria: 'Signed off by Dana' };
    const merge = mergeEdit(base, mine, theirs, LISTS);
    expect(merge.conflicts).toEqual([{ path: 'title', mine: 'Mine', theirs: 'Theirs' }]);
    expect(merge.value.title).toBe('Mine');
    expect(merge.value.criteria).toBe('Signed off by Dana');
  });

  it('both changed a field to the same value: no question', () => {
    const same = { ...base, targetDate: '2026-12-10' };
    expect(mergeEdit(base, same, same, LISTS).conflicts).toEqual([]);
  });

  it('with no known base, every difference is a question and nothing the user typed is dropped', () => {
    const mine = { ...base, title: 'Mine' };
    const theirs = { ...base, criteria: 'Theirs' };
    const merge = mergeEdit(undefined, mine, theirs, LISTS);
    expect(paths(merge)).toEqual(['title', 'criteria']);
    expect(merge.value).toEqual(mine);
  });
});

describe('mergeEdit: steps, by step id', () => {
  it('rows edited on different steps, or different attributes of one step, both win', () => {
    const mine = withRow(withRow(base, 'a', { text: 'Find the failing job' }), 'b', { dueDate: '2026-12-01' });
    const theirs = withRow(withRow(base, 'c', { text: 'Tell Finance' }), 'b', { text: 'Fix the refresh' });
    const merge = mergeEdit(base, mine, theirs, LISTS);
    expect(merge.conflicts).toEqual([]);
    expect(merge.value.steps).toEqual([
      row('a', 'Find the failing job'),
      row('b', 'Fix the refresh', '2026-12-01'),
      row('c', 'Tell Finance'),
    ]);
  });

  it('the same attribute of one step changed on both sides: a question named by the step', () => {
    const merge = mergeEdit(base, withRow(base, 'b', { text: 'Mine' }), withRow(base, 'b', { text: 'Theirs' }), LISTS);
    expect(merge.conflicts).toEqual([{ path: 'steps.b.text', mine: 'Mine', theirs: 'Theirs' }]);
    expect(merge.value.steps[1]?.text).toBe('Mine');
  });

  it('rows added on both sides are kept, each after the row it followed; the user’s new row keeps its key', () => {
    const mine = { ...base, steps: [row('a'), { key: 'k1', text: 'Mine', dueDate: '' }, row('b'), row('c')] };
    const theirs = { ...base, steps: [...base.steps, row('t1')] };
    const merge = mergeEdit(base, mine, theirs, LISTS);
    expect(ids({ ...base, steps: merge.value.steps })).toEqual(['a', 'new:k1', 'b', 'c', 't1']);
  });

  it('a step removed by someone else and untouched by the user is removed; one the user edited is a question', () => {
    const theirs = { ...base, steps: [row('a'), row('c')] };
    expect(ids(mergeEdit(base, base, theirs, LISTS).value)).toEqual(['a', 'c']);
    const mine = withRow(base, 'b', { text: 'Fix it properly' });
    const merge = mergeEdit(base, mine, theirs, LISTS);
    expect(merge.conflicts).toEqual([{ path: 'steps.b', mine: row('b', 'Fix it properly'), theirs: undefined }]);
    expect(ids(merge.value)).toEqual(['a', 'b', 'c']);
  });

  it('two different reorders are a question; the form keeps the user’s order until answered', () => {
    const mine = { ...base, steps: [row('c'), row('a'), row('b')] };
    const theirs = { ...base, steps: [row('b'), row('a'), row('c')] };
    const merge = mergeEdit(base, mine, theirs, LISTS);
    expect(merge.conflicts).toEqual([{ path: 'steps', mine: ['c', 'a', 'b'], theirs: ['b', 'a', 'c'] }]);
    expect(ids(merge.value)).toEqual(['c', 'a', 'b']);
  });
});

describe('settleConflict', () => {
  const state = (mine: Form, theirs: Form): EditState<Form> =>
    rebaseEdit({ value: mine, base, conflicts: [] }, theirs, LISTS);

  it('takes the chosen side and can switch back', () => {
    const s = state({ ...base, title: 'Mine' }, { ...base, title: 'Theirs' });
    const theirs = settleConflict(s, 'title', 'theirs', LISTS);
    expect(theirs.value.title).toBe('Theirs');
    expect(theirs.conflicts).toEqual([{ path: 'title', mine: 'Mine', theirs: 'Theirs', chosen: 'theirs' }]);
    expect(settleConflict(theirs, 'title', 'mine', LISTS).value.title).toBe('Mine');
  });

  it('settles a step’s attribute, a removed step (either way) and the order', () => {
    const edited = state(withRow(base, 'b', { text: 'Mine' }), withRow(base, 'b', { text: 'Theirs' }));
    expect(settleConflict(edited, 'steps.b.text', 'theirs', LISTS).value.steps[1]?.text).toBe('Theirs');

    const removed = state(withRow(base, 'b', { text: 'Fix it properly' }), { ...base, steps: [row('a'), row('c')] });
    const gone = settleConflict(removed, 'steps.b', 'theirs', LISTS);
    expect(ids(gone.value)).toEqual(['a', 'c']);
    expect(ids(settleConflict(gone, 'steps.b', 'mine', LISTS).value)).toEqual(['a', 'c', 'b']);

    const reordered = state(
      { ...base, steps: [row('c'), row('a'), row('b')] },
      { ...base, steps: [row('b'), row('a'), row('c')] },
    );
    expect(ids(settleConflict(reordered, 'steps', 'theirs', LISTS).value)).toEqual(['b', 'a', 'c']);
  });

  it('reads step ids that hold dots', () => {
    const dotted = { ...base, steps: [row('x.1'), row('x.2')] };
    const s = rebaseEdit(
      { value: withRow(dotted, 'x.1', { text: 'Mine' }), base: dotted, conflicts: [] },
      withRow(dotted, 'x.1', { text: 'Theirs' }),
      LISTS,
    );
    expect(settleConflict(s, 'steps.x.1.text', 'theirs', LISTS).value.steps[0]?.text).toBe('Theirs');
  });
});

describe('rebaseEdit', () => {
  it('keeps an unanswered question when the next version does not touch that field again', () => {
    const first = rebaseEdit(
      { value: { ...base, title: 'Mine' }, base, conflicts: [] },
      { ...base, title: 'Theirs' },
      LISTS,
    );
    const next = { ...base, title: 'Theirs', criteria: 'Later change' };
    const second = rebaseEdit(first, next, LISTS);
    expect(paths(second)).toEqual(['title']);
    expect(second.value).toEqual({ ...base, title: 'Mine', criteria: 'Later change' });
    expect(second.base).toEqual(next);
  });

  it('asks again, unanswered, when they change an answered field once more; drops it when both now agree', () => {
    const first = rebaseEdit(
      { value: { ...base, title: 'Mine' }, base, conflicts: [] },
      { ...base, title: 'Theirs' },
      LISTS,
    );
    const answered = settleConflict(first, 'title', 'mine', LISTS);
    const again = rebaseEdit(answered, { ...base, title: 'Theirs again' }, LISTS);
    expect(again.conflicts).toEqual([{ path: 'title', mine: 'Mine', theirs: 'Theirs again' }]);
    expect(rebaseEdit(again, { ...base, title: 'Mine' }, LISTS).conflicts).toEqual([]);
  });
});

// ---- properties -------------------------------------------------------------------------------

type Op =
  | { readonly kind: 'field'; readonly field: 'title' | 'targetDate' | 'criteria'; readonly value: string }
  | { readonly kind: 'text' | 'due'; readonly index: number; readonly value: string }
  | { readonly kind: 'add'; readonly index: number; readonly value: string }
  | { readonly kind: 'remove'; readonly index: number }
  | { readonly kind: 'reverse' };

// Few distinct values, so both sides often pick the same one or collide.
const word = fc.constantFrom('', 'x', 'y', 'z');
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('field' as const),
    field: fc.constantFrom('title', 'targetDate', 'criteria'),
    value: word,
  }),
  fc.record({ kind: fc.constantFrom('text' as const, 'due' as const), index: fc.nat(4), value: word }),
  fc.record({ kind: fc.constant('add' as const), index: fc.nat(4), value: word }),
  fc.record({ kind: fc.constant('remove' as const), index: fc.nat(4) }),
  fc.constant({ kind: 'reverse' as const }),
);

/** Edits the way the forms do: the user's new rows have only a key; someone else's new steps have ids. */
function apply(form: Form, ops: readonly Op[], side: 'mine' | 'theirs'): Form {
  let n = 0;
  return ops.reduce<Form>((f, op) => {
    const at = (index: number) => index % Math.max(1, f.steps.length);
    switch (op.kind) {
      case 'field':
        return { ...f, [op.field]: op.value };
      case 'text':
      case 'due': {
        const target = f.steps[at(op.index)];
        if (target === undefined) return f;
        const change = op.kind === 'text' ? { text: op.value } : { dueDate: op.value };
        return { ...f, steps: f.steps.map((r) => (r === target ? { ...r, ...change } : r)) };
      }
      case 'add': {
        const steps = [...f.steps];
        const key = `${side}-${++n}`;
        steps.splice(
          op.index % (steps.length + 1),
          0,
          side === 'mine' ? { key, text: op.value, dueDate: '' } : row(key, op.value),
        );
        return { ...f, steps };
      }
      case 'remove':
        return { ...f, steps: f.steps.filter((_, i) => i !== at(op.index)) };
      case 'reverse':
        return { ...f, steps: [...f.steps].reverse() };
    }
  }, form);
}

const sides = fc.record({ mine: fc.array(opArb, { maxLength: 8 }), theirs: fc.array(opArb, { maxLength: 8 }) });
const FIELDS = ['title', 'targetDate', 'criteria'] as const;
const byId = (form: Form) => new Map(form.steps.map((r) => [r.id ?? `new:${r.key}`, r]));

describe('mergeEdit properties', () => {
  it('a field the user did not touch always takes the stored value; one only the user changed keeps the user’s', () => {
    fc.assert(
      fc.property(sides, ({ mine: m, theirs: t }) => {
        const mine = apply(base, m, 'mine');
        const theirs = apply(base, t, 'theirs');
        const merge = mergeEdit(base, mine, theirs, LISTS);
        for (const field of FIELDS) {
          if (mine[field] === base[field]) expect(merge.value[field]).toBe(theirs[field]);
          else if (theirs[field] === base[field]) expect(merge.value[field]).toBe(mine[field]);
          else if (mine[field] !== theirs[field]) {
            expect(merge.conflicts).toContainEqual({ path: field, mine: mine[field], theirs: theirs[field] });
            expect(merge.value[field]).toBe(mine[field]);
          }
        }
      }),
    );
  });

  it('per step: an attribute the user did not touch takes the stored value; a step only they removed is gone', () => {
    fc.assert(
      fc.property(sides, ({ mine: m, theirs: t }) => {
        const mine = apply(base, m, 'mine');
        const theirs = apply(base, t, 'theirs');
        const merge = mergeEdit(base, mine, theirs, LISTS);
        const result = byId(merge.value);
        const [b, mm, tt] = [byId(base), byId(mine), byId(theirs)];
        for (const [id, before] of b) {
          const mineRow = mm.get(id);
          const theirsRow = tt.get(id);
          if (mineRow !== undefined && theirsRow !== undefined) {
            for (const attribute of ['text', 'dueDate'] as const) {
              if (mineRow[attribute] === before[attribute])
                expect(result.get(id)?.[attribute]).toBe(theirsRow[attribute]);
            }
          }
          // Removed by someone else, untouched by the user: it stays removed (never written back).
          if (theirsRow === undefined && sameValue(mineRow, before)) expect(result.has(id)).toBe(false);
        }
        // Every step either side added is kept, with its content.
        for (const [id, added] of [...mm, ...tt]) if (!b.has(id)) expect(result.get(id)).toEqual(added);
      }),
    );
  });

  it('with no concurrent change the result is the user’s; with no change by the user it is the stored one', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 10 }), (ops) => {
        const mine = apply(base, ops, 'mine');
        expect(mergeEdit(base, mine, base, LISTS)).toEqual({ value: mine, conflicts: [] });
        const theirs = apply(base, ops, 'theirs');
        expect(sameValue(mergeEdit(base, base, theirs, LISTS).value, theirs)).toBe(true);
      }),
    );
  });

  it('answering every question with the stored side leaves only the user’s own changes on top of theirs', () => {
    fc.assert(
      fc.property(sides, ({ mine: m, theirs: t }) => {
        const mine = apply(base, m, 'mine');
        const theirs = apply(base, t, 'theirs');
        let state = rebaseEdit({ value: mine, base, conflicts: [] }, theirs, LISTS);
        for (const c of state.conflicts) state = settleConflict(state, c.path, 'theirs', LISTS);
        for (const field of FIELDS) {
          if (mine[field] === base[field] || theirs[field] !== base[field])
            expect(state.value[field]).toBe(theirs[field]);
        }
        // Nothing left to ask, and the next merge onto the same version changes nothing.
        expect(state.conflicts.every((c) => c.chosen === 'theirs')).toBe(true);
        const again = rebaseEdit(state, theirs, LISTS);
        expect(again.value).toEqual(state.value);
        expect(again.conflicts).toEqual([]);
      }),
    );
  });

  it('answering every question with the user’s side keeps everything the user typed', () => {
    fc.assert(
      fc.property(sides, ({ mine: m, theirs: t }) => {
        const mine = apply(base, m, 'mine');
        const theirs = apply(base, t, 'theirs');
        let state = rebaseEdit({ value: mine, base, conflicts: [] }, theirs, LISTS);
        for (const c of state.conflicts) state = settleConflict(state, c.path, 'mine', LISTS);
        for (const field of FIELDS) if (mine[field] !== base[field]) expect(state.value[field]).toBe(mine[field]);
        const result = byId(state.value);
        for (const [id, r] of byId(mine)) {
          const before = byId(base).get(id);
          if (before === undefined) expect(result.get(id)).toEqual(r);
          else
            for (const attribute of ['text', 'dueDate'] as const)
              if (r[attribute] !== before[attribute]) expect(result.get(id)?.[attribute]).toBe(r[attribute]);
        }
      }),
    );
  });
});
