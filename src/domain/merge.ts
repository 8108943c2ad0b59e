import type { Commitment, HistoryEntry, PlanStep } from './types';

export type MergeResult =
  | { readonly ok: true; readonly merged: Commitment }
  | { readonly ok: false; readonly conflictingFields: readonly string[] };

// Three-way merge rules, field by field ("changed" = differs from base, compared by value):
// - Only one side changed a field: that side wins. Both changed it to equal values: fine.
// - Both changed it to different values: a conflict named by the field (`title`, `promisedDate`…),
//   except for the "first time it happened" instants acknowledgedAt, deliveredAt and cancelledAt,
//   where both sides agree it happened and the earlier instant is kept, updatedAt, which takes
//   the later one, and customerReply, where the later reply is the customer's latest.
// - Steps merge per step id, and per attribute inside a step (text, dueDate, owner, doneAt), so two
//   people ticking different steps, or one ticking while the other rewords, both win. Conflicts are
//   named `steps.<stepId>.<attribute>`. Both ticked the same step: the earlier doneAt is kept (it is
//   done either way). One side ticked and the other unticked: a conflict. A step deleted on one
//   side and edited on the other: a conflict `steps.<stepId>`. New steps from both sides are kept,
//   each after the step it followed on its own side. Both sides reordering differently: `steps`.
// - History is append-only: the union by id, ordered by `at` (ties keep theirs before mine). No entry
//   is ever dropped.
// - The result carries theirs.version, so the next write names the stored version.
//
// The same rules merge what a form edits (mergeEdit): the user's typing over a version someone else
// saved meanwhile. There a conflict is not a failure but a question: the form shows both values and
// the user picks (settleConflict); until then the value holds what the user typed.

type Field = Exclude<keyof Commitment, 'steps' | 'history' | 'version' | 'updatedAt'>;

// Every field, listed: the record below makes a field added to Commitment fail to compile until it is merged.
const FIELD_SET = {
  id: true,
  teamId: true,
  title: true,
  customer: true,
  owner: true,
  checker: true,
  source: true,
  requestedAt: true,
  acknowledgedAt: true,
  acceptanceCriteria: true,
  targetDate: true,
  promisedDate: true,
  neededBy: true,
  updateCadenceDays: true,
  messageLanguage: true,
  flaggedAtRisk: true,
  deliveredAt: true,
  signedOff: true,
  cancelledAt: true,
  feedback: true,
  customerReply: true,
  createdAt: true,
} satisfies Record<Field, true>;

const FIELDS = Object.keys(FIELD_SET) as Field[];

/** Value equality for the JSON-shaped data of a commitment (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keysA = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const keysB = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => sameValue(ra[k], rb[k]));
}

/** Settles "both changed it differently" without asking, when a rule can; undefined when it cannot. */
type Resolver = (mine: unknown, theirs: unknown) => unknown;

/** What the base held is not known (a form typed before Kept kept it): every difference is a question. */
const UNKNOWN: unique symbol = Symbol('unknown base');
type Base<T> = T | typeof UNKNOWN;

type Pick3 = { readonly value: unknown } | { readonly conflict: true };

/** The three-way choice for one value. */
function pick3(base: unknown, mine: unknown, theirs: unknown, resolve?: Resolver): Pick3 {
  if (sameValue(mine, theirs)) return { value: theirs };
  if (sameValue(base, mine)) return { value: theirs };
  if (sameValue(base, theirs)) return { value: mine };
  const settled = resolve?.(mine, theirs);
  return settled !== undefined ? { value: settled } : { conflict: true };
}

const earlier: Resolver = (a, b) => (typeof a !== 'string' || typeof b !== 'string' ? undefined : a < b ? a : b);

/** Two panes read different replies of the thread: the later one is the customer's latest. */
const laterReply: Resolver = (mine, theirs) => {
  const [a, b] = [mine, theirs] as Commitment['customerReply'][];
  return a === undefined ? b : b === undefined ? a : Date.parse(a.at) >= Date.parse(b.at) ? a : b;
};

/** Builds an object leaving out undefined values (exactOptionalPropertyTypes: absent ≠ undefined). */
function compact<T extends object>(entries: [string, unknown][]): T {
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined)) as T;
}

/** One value both sides changed, differently. */
export interface EditConflict {
  /**
   * What it is: a field (`title`); an attribute of a list item (`steps.<id>.text`); a whole item one
   * side removed and the other edited (`steps.<id>`, the removed side undefined); or the order of a
   * list both sides changed differently (`steps`, each side the item ids in its order).
   */
  readonly path: string;
  readonly mine: unknown;
  readonly theirs: unknown;
}

/** How a list field merges: items matched by id, then attribute by attribute. */
export interface ListRule<Item> {
  readonly id: (item: Item) => string;
  readonly attributes: readonly (keyof Item & string)[];
  readonly resolve?: Partial<Record<keyof Item & string, Resolver>>;
}

/** A list rule seen from code that works on any list (items as plain records). */
interface AnyListRule {
  readonly id: (item: object) => string;
  readonly attributes: readonly string[];
}

type ItemOf<V> = V extends readonly (infer I)[] ? I : never;

/** The list fields of a value and how each merges (plan steps); every other field merges as a whole. */
export type ListRules<T> = { readonly [K in keyof T]?: ListRule<ItemOf<T[K]>> };

interface ListMerge<Item> {
  readonly items: Item[];
  readonly conflicts: EditConflict[];
}

/** Items merged by id (see the rules at the top). A conflicting attribute holds mine's value. */
function mergeList<Item extends object>(
  field: string,
  base: Base<readonly Item[]>,
  mine: readonly Item[],
  theirs: readonly Item[],
  rule: ListRule<Item>,
): ListMerge<Item> {
  const conflicts: EditConflict[] = [];
  const ids = (items: readonly Item[]) => items.map(rule.id);
  const known = base !== UNKNOWN;
  const baseItems = known ? base : [];
  const baseById = new Map(baseItems.map((item) => [rule.id(item), item]));
  const mineById = new Map(mine.map((item) => [rule.id(item), item]));
  const theirsById = new Map(theirs.map((item) => [rule.id(item), item]));
  const edited = (item: Item, before: Item) =>
    rule.attributes.some((attribute) => !sameValue(item[attribute], before[attribute]));

  const merged = new Map<string, Item>();
  for (const id of new Set([...ids(baseItems), ...ids(theirs), ...ids(mine)])) {
    const b = baseById.get(id);
    const m = mineById.get(id);
    const t = theirsById.get(id);
    if (m !== undefined && t !== undefined) {
      // Anything beyond the merged attributes (the id, a form row's key) comes from mine, else theirs.
      const entries = Object.entries({ ...t, ...m }).filter(
        ([k]) => !(rule.attributes as readonly string[]).includes(k),
      );
      for (const attribute of rule.attributes) {
        const result = pick3(known ? b?.[attribute] : UNKNOWN, m[attribute], t[attribute], rule.resolve?.[attribute]);
        if ('conflict' in result) {
          conflicts.push({ path: `${field}.${id}.${attribute}`, mine: m[attribute], theirs: t[attribute] });
          entries.push([attribute, m[attribute]]);
        } else entries.push([attribute, result.value]);
      }
      merged.set(id, compact<Item>(entries));
    } else if (b === undefined) {
      // New on one side only (or, with no known base, on one side only as far as anyone can tell).
      const added = m ?? t;
      if (added !== undefined) merged.set(id, added);
    } else {
      // Removed on one side (or both): the removal wins unless the other side edited the item;
      // then it is a question, and the edited item stays in view until it is answered.
      const kept = m ?? t;
      if (kept !== undefined && edited(kept, b)) {
        conflicts.push({ path: `${field}.${id}`, mine: m, theirs: t });
        merged.set(id, kept);
      }
    }
  }

  // Order: the side that reordered the shared items gives the skeleton; the other side's new items
  // go in after the item that preceded them on that side.
  const order = (items: readonly string[], among: ReadonlySet<string>) => items.filter((id) => among.has(id));
  const inBase = new Set(ids(baseItems));
  const moved = (side: readonly Item[]) =>
    !known || !sameValue(order(ids(side), inBase), order(ids(baseItems), new Set(ids(side))));
  const mineMoved = moved(mine);
  const theirsMoved = moved(theirs);
  let orderConflict = false;
  if (mineMoved && theirsMoved) {
    const shared = new Set(ids(mine).filter((id) => theirsById.has(id)));
    orderConflict = !sameValue(order(ids(mine), shared), order(ids(theirs), shared));
    if (orderConflict) conflicts.push({ path: field, mine: ids(mine), theirs: ids(theirs) });
  }
  const [skeleton, other] = mineMoved && (!theirsMoved || orderConflict) ? [mine, theirs] : [theirs, mine];
  const result: string[] = ids(skeleton).filter((id) => merged.has(id));
  const otherIds = ids(other);
  otherIds.forEach((id, index) => {
    if (result.includes(id) || !merged.has(id)) return;
    const before = otherIds
      .slice(0, index)
      .reverse()
      .find((prev) => result.includes(prev));
    result.splice(before === undefined ? 0 : result.indexOf(before) + 1, 0, id);
  });
  // An edited item only the base still orders (removed on both sides, edited on one) goes last.
  for (const id of merged.keys()) if (!result.includes(id)) result.push(id);
  return { items: result.flatMap((id) => merged.get(id) ?? []), conflicts };
}

/** What a merge of a form's value gives: the value to show and save, and the questions left. */
export interface EditMerge<T> {
  /**
   * Every field the user did not touch holds theirs, every field only the user changed holds the
   * user's; a field in `conflicts` holds the user's until they pick.
   */
  readonly value: T;
  readonly conflicts: readonly EditConflict[];
}

/**
 * Three-way merge of what a form edits: `base` is what the user started from (undefined when that
 * is not known: then every difference is a conflict), `mine` what the form holds now, `theirs` the
 * stored version someone else saved meanwhile. Plain fields merge as a whole, compared by value;
 * the fields `lists` names merge item by item (plan steps by step id).
 */
export function mergeEdit<T extends object>(
  base: T | undefined,
  mine: T,
  theirs: T,
  lists: ListRules<T> = {},
): EditMerge<T> {
  const from: Base<T> = base ?? UNKNOWN;
  const conflicts: EditConflict[] = [];
  const entries: [string, unknown][] = [];
  const fields = new Set([
    ...Object.keys(mine),
    ...Object.keys(theirs),
    ...(base === undefined ? [] : Object.keys(base)),
  ]);
  for (const field of fields) {
    const m = (mine as Record<string, unknown>)[field];
    const t = (theirs as Record<string, unknown>)[field];
    const b = from === UNKNOWN ? UNKNOWN : (from as Record<string, unknown>)[field];
    const rule = (lists as Record<string, ListRule<object> | undefined>)[field];
    if (rule !== undefined && Array.isArray(m) && Array.isArray(t)) {
      const list = mergeList(field, Array.isArray(b) ? (b as object[]) : UNKNOWN, m as object[], t as object[], rule);
      conflicts.push(...list.conflicts);
      entries.push([field, list.items]);
      continue;
    }
    const result = pick3(b, m, t);
    if ('conflict' in result) {
      conflicts.push({ path: field, mine: m, theirs: t });
      entries.push([field, m]);
    } else entries.push([field, result.value]);
  }
  return { value: compact<T>(entries), conflicts };
}

/** An edit with the version it is based on, as a form keeps it across someone else's saves. */
export interface EditState<T> {
  /** What the form holds now. */
  readonly value: T;
  /** The stored value the edit is based on (undefined: not known, see mergeEdit). */
  readonly base: T | undefined;
  /** Questions from earlier merges; `chosen` once the user picked a side. */
  readonly conflicts: readonly (EditConflict & { readonly chosen?: 'mine' | 'theirs' })[];
}

/**
 * Moves an edit onto a newer stored version: the merge's value, `theirs` as the new base, and the
 * questions left. A question the user has not answered yet stays (even when this version did not
 * touch that field again); a new question on the same thing replaces it, unanswered.
 */
export function rebaseEdit<T extends object>(state: EditState<T>, theirs: T, lists: ListRules<T> = {}): EditState<T> {
  const merge = mergeEdit(state.base, state.value, theirs, lists);
  const asked = new Set(merge.conflicts.map((c) => c.path));
  const open = state.conflicts.flatMap((c) => {
    if (c.chosen !== undefined || asked.has(c.path)) return [];
    const now = valueAt(theirs, c.path, lists);
    // Both hold the same now (they made the same change, or the user typed theirs): nothing to ask.
    return sameValue(now, valueAt(merge.value, c.path, lists)) ? [] : [{ ...c, theirs: now }];
  });
  return { value: merge.value, base: theirs, conflicts: [...open, ...merge.conflicts] };
}

/**
 * The user's answer to one question: the field (or the item's attribute, the item, the order) takes
 * the chosen side's value, and the question is marked answered. Answering again switches sides.
 */
export function settleConflict<T extends object>(
  state: EditState<T>,
  path: string,
  side: 'mine' | 'theirs',
  lists: ListRules<T> = {},
): EditState<T> {
  const conflict = state.conflicts.find((c) => c.path === path);
  if (conflict === undefined) return state;
  const chosen = conflict[side];
  const where = locate(path, lists);
  const record = state.value as Record<string, unknown>;
  let value: T;
  if (where.rule === undefined || (where.id === undefined && !Array.isArray(chosen))) {
    value = compact<T>([...Object.entries(record).filter(([k]) => k !== where.field), [where.field, chosen]]);
  } else {
    const items = (Array.isArray(record[where.field]) ? record[where.field] : []) as object[];
    value = { ...state.value, [where.field]: settleItems(items, where, chosen) } as T;
  }
  return {
    ...state,
    value,
    conflicts: state.conflicts.map((c) => (c.path === path ? { ...c, chosen: side } : c)),
  };
}

/** Which field a conflict is about, and for a list which item and attribute (none: the list's order). */
export function conflictTarget<T>(
  path: string,
  lists: ListRules<T>,
): { readonly field: string; readonly id?: string; readonly attribute?: string } {
  const { rule: _rule, ...target } = locate(path, lists);
  return target;
}

interface Location {
  readonly field: string;
  readonly rule?: AnyListRule;
  /** The item, for `<list>.<id>` and `<list>.<id>.<attribute>`; none for the list's order. */
  readonly id?: string;
  readonly attribute?: string;
}

/** Reads a conflict's path. Item ids may hold dots; an attribute is one of the list's own. */
function locate<T>(path: string, lists: ListRules<T>): Location {
  const rules = lists as Record<string, AnyListRule | undefined>;
  const field = Object.keys(rules).find((f) => path === f || path.startsWith(`${f}.`));
  const rule = field === undefined ? undefined : rules[field];
  if (field === undefined || rule === undefined) return { field: path };
  if (path === field) return { field, rule };
  const rest = path.slice(field.length + 1);
  const attribute = rule.attributes.find((a) => rest.endsWith(`.${a}`));
  return attribute === undefined
    ? { field, rule, id: rest }
    : { field, rule, id: rest.slice(0, -attribute.length - 1), attribute };
}

/** What a value holds at a conflict's path (the item ids in order, for a list's order). */
function valueAt<T extends object>(value: T, path: string, lists: ListRules<T>): unknown {
  const where = locate(path, lists);
  const held = (value as Record<string, unknown>)[where.field];
  if (where.rule === undefined) return held;
  const items = (Array.isArray(held) ? held : []) as object[];
  const rule = where.rule;
  if (where.id === undefined) return items.map(rule.id);
  const item = items.find((i) => rule.id(i) === where.id);
  return where.attribute === undefined ? item : (item as Record<string, unknown> | undefined)?.[where.attribute];
}

function settleItems(items: readonly object[], where: Location, chosen: unknown): object[] {
  const rule = where.rule;
  if (rule === undefined) return [...items];
  if (where.id === undefined) {
    // The order: the listed items take the chosen order among the places they hold.
    const wanted = (chosen as string[]).filter((x) => items.some((item) => rule.id(item) === x));
    const byId = new Map(items.map((item) => [rule.id(item), item]));
    let n = 0;
    return items.map((item) => (wanted.includes(rule.id(item)) ? (byId.get(wanted[n++] ?? '') ?? item) : item));
  }
  const at = items.findIndex((item) => rule.id(item) === where.id);
  const attribute = where.attribute;
  if (attribute !== undefined) {
    return items.map((item, i) =>
      i === at
        ? compact<object>([...Object.entries(item).filter(([k]) => k !== attribute), [attribute, chosen]])
        : item,
    );
  }
  // A whole item: removed, or kept as that side edited it (at the end, when it was removed before).
  if (chosen === undefined) return items.filter((_, i) => i !== at);
  if (at >= 0) return items.map((item, i) => (i === at ? (chosen as object) : item));
  return [...items, chosen as object];
}

const STEP_RULE: ListRule<PlanStep> = {
  id: (step) => step.id,
  attributes: ['text', 'dueDate', 'owner', 'doneAt'],
  resolve: { doneAt: earlier },
};

const EARLIEST_WINS: ReadonlySet<Field> = new Set<Field>(['acknowledgedAt', 'deliveredAt', 'cancelledAt']);

/** Union by id, ordered by time; entries with the same instant keep theirs-then-mine order. */
export function mergeHistory(mine: readonly HistoryEntry[], theirs: readonly HistoryEntry[]): HistoryEntry[] {
  const seen = new Set(theirs.map((h) => h.id));
  const union = [...theirs, ...mine.filter((h) => !seen.has(h.id))];
  // Array.prototype.sort is stable, so equal instants keep their order (e.g. concern then renegotiation).
  return union.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * Three-way merge after a concurrent write (HTTP 412): `base` is what `mine` was edited from,
 * `theirs` is the stored one. Steps merge per step (two people ticking different steps both win),
 * history merges as a union by id ordered by time; any other field changed on both sides to
 * different values is a conflict. The merged commitment carries theirs.version.
 */
export function mergeConcurrent(base: Commitment, mine: Commitment, theirs: Commitment): MergeResult {
  const conflicts: string[] = [];
  const entries: [string, unknown][] = [];
  for (const field of FIELDS) {
    const resolve = EARLIEST_WINS.has(field) ? earlier : field === 'customerReply' ? laterReply : undefined;
    const result = pick3(base[field], mine[field], theirs[field], resolve);
    if ('conflict' in result) conflicts.push(field);
    else entries.push([field, result.value]);
  }
  const steps = mergeList<PlanStep>('steps', base.steps, mine.steps, theirs.steps, STEP_RULE);
  conflicts.push(...steps.conflicts.map((c) => c.path));
  if (conflicts.length > 0) return { ok: false, conflictingFields: conflicts };

  const merged = compact<Commitment>([
    ...entries,
    ['steps', steps.items],
    ['history', mergeHistory(mine.history, theirs.history)],
    ['version', theirs.version],
    ['updatedAt', mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt],
  ]);
  return { ok: true, merged };
}
