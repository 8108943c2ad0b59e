import type { Commitment } from './types';

export type MergeResult =
  | { readonly ok: true; readonly merged: Commitment }
  | { readonly ok: false; readonly conflictingFields: readonly string[] };

/**
 * Three-way merge after a concurrent write (HTTP 412): `base` is what `mine` was edited from,
 * `theirs` is the stored one. Steps merge per step (two people ticking different steps both win),
 * history merges as a union by id ordered by time; any other field changed on both sides to
 * different values is a conflict. The merged commitment carries theirs.version.
 */
export function mergeConcurrent(base: Commitment, mine: Commitment, theirs: Commitment): MergeResult {
  throw new Error('TODO: implement');
}
