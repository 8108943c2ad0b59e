import type { StepId } from './ids';
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

const EARLIEST_WINS: ReadonlySet<Field> = new Set<Field>(['acknowledgedAt', 'deliveredAt', 'cancelledAt']);

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

type Pick3<T> = { readonly value: T } | { readonly conflict: true };

/** The three-way choice for one value; `resolve` settles "both changed differently" when it can. */
function pick3<T>(base: T, mine: T, theirs: T, resolve?: (mine: T, theirs: T) => T | undefined): Pick3<T> {
  if (sameValue(mine, theirs)) return { value: theirs };
  if (sameValue(base, mine)) return { value: theirs };
  if (sameValue(base, theirs)) return { value: mine };
  const settled = resolve?.(mine, theirs);
  return settled !== undefined ? { value: settled } : { conflict: true };
}

const earlier = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined || b === undefined ? undefined : a < b ? a : b;

/** Two panes read different replies of the thread: the later one is the customer's latest. */
const laterReply = (a: Commitment['customerReply'], b: Commitment['customerReply']): Commitment['customerReply'] =>
  a === undefined ? b : b === undefined ? a : Date.parse(a.at) >= Date.parse(b.at) ? a : b;

/** Builds an object leaving out undefined values (exactOptionalPropertyTypes: absent ≠ undefined). */
function compact<T extends object>(entries: [string, unknown][]): T {
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined)) as T;
}

const STEP_ATTRIBUTES = ['text', 'dueDate', 'owner', 'doneAt'] as const;

function mergeStep(base: PlanStep | undefined, mine: PlanStep, theirs: PlanStep, conflicts: string[]): PlanStep {
  const entries: [string, unknown][] = [['id', theirs.id]];
  for (const attribute of STEP_ATTRIBUTES) {
    const result = pick3<unknown>(
      base?.[attribute],
      mine[attribute],
      theirs[attribute],
      attribute === 'doneAt' ? (m, t) => earlier(m as string | undefined, t as string | undefined) : undefined,
    );
    if ('conflict' in result) conflicts.push(`steps.${theirs.id}.${attribute}`);
    else entries.push([attribute, result.value]);
  }
  return compact<PlanStep>(entries);
}

const ids = (steps: readonly PlanStep[]): StepId[] => steps.map((s) => s.id);

/** The order of the steps both lists share, as it appears in `steps`. */
const commonOrder = (steps: readonly StepId[], other: ReadonlySet<StepId>): StepId[] =>
  steps.filter((id) => other.has(id));

function mergeSteps(
  base: readonly PlanStep[],
  mine: readonly PlanStep[],
  theirs: readonly PlanStep[],
  conflicts: string[],
): PlanStep[] {
  const baseById = new Map(base.map((s) => [s.id, s]));
  const mineById = new Map(mine.map((s) => [s.id, s]));
  const theirsById = new Map(theirs.map((s) => [s.id, s]));

  const merged = new Map<StepId, PlanStep>();
  for (const id of new Set([...ids(base), ...ids(theirs), ...ids(mine)])) {
    const b = baseById.get(id);
    const m = mineById.get(id);
    const t = theirsById.get(id);
    if (m !== undefined && t !== undefined) {
      merged.set(id, mergeStep(b, m, t, conflicts));
    } else if (b === undefined) {
      // New on one side only.
      const added = m ?? t;
      if (added !== undefined) merged.set(id, added);
    } else {
      // Deleted on one side (or both): the deletion wins unless the other side edited the step.
      const kept = m ?? t;
      if (kept !== undefined && !sameValue(kept, b)) conflicts.push(`steps.${id}`);
    }
  }

  // Order: the side that reordered the shared steps gives the skeleton; the other side's new steps
  // go in after the step that preceded them on that side.
  const inBase = new Set(ids(base));
  const baseOrder = ids(base);
  const mineMoved = !sameValue(commonOrder(ids(mine), inBase), commonOrder(baseOrder, new Set(ids(mine))));
  const theirsMoved = !sameValue(commonOrder(ids(theirs), inBase), commonOrder(baseOrder, new Set(ids(theirs))));
  if (mineMoved && theirsMoved) {
    const shared = new Set(ids(mine).filter((id) => theirsById.has(id)));
    if (!sameValue(commonOrder(ids(mine), shared), commonOrder(ids(theirs), shared))) conflicts.push('steps');
  }
  const [skeleton, other] = mineMoved && !theirsMoved ? [mine, theirs] : [theirs, mine];
  const order: StepId[] = ids(skeleton).filter((id) => merged.has(id));
  const otherIds = ids(other);
  otherIds.forEach((id, index) => {
    if (order.includes(id) || !merged.has(id)) return;
    const before = otherIds
      .slice(0, index)
      .reverse()
      .find((prev) => order.includes(prev));
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, id);
  });
  return order.flatMap((id) => {
    const step = merged.get(id);
    return step === undefined ? [] : [step];
  });
}

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
    const result = pick3<unknown>(
      base[field],
      mine[field],
      theirs[field],
      EARLIEST_WINS.has(field)
        ? (m, t) => earlier(m as string | undefined, t as string | undefined)
        : field === 'customerReply'
          ? (m, t) => laterReply(m as Commitment['customerReply'], t as Commitment['customerReply'])
          : undefined,
    );
    if ('conflict' in result) conflicts.push(field);
    else entries.push([field, result.value]);
  }
  const steps = mergeSteps(base.steps, mine.steps, theirs.steps, conflicts);
  if (conflicts.length > 0) return { ok: false, conflictingFields: conflicts };

  const merged = compact<Commitment>([
    ...entries,
    ['steps', steps],
    ['history', mergeHistory(mine.history, theirs.history)],
    ['version', theirs.version],
    ['updatedAt', mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt],
  ]);
  return { ok: true, merged };
}
