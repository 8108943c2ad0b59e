/**
 * Stores: writes the list refused after nobody was waiting for them any more (a conflict met by a
 * background flush), as `{ code, message, current }` in the `refusals` entry of the mirror's
 * `meta` store (./mirror.ts), oldest first, until `sync()` reports them one at a time. They
 * outlive a closed task pane, so the person who made the write still hears why it did not happen.
 */
import type { Commitment } from '../../domain/types';
import { StoreError, type StoreErrorCode } from '../Store';
import type { MirrorDb } from './mirror';

const REFUSALS_KEY = 'refusals';

interface Refusal {
  readonly code: StoreErrorCode;
  readonly message: string;
  readonly current?: Commitment;
}

/** The part of an IndexedDB object store this needs, so it can join the caller's transaction. */
interface MetaStore {
  get(key: string): Promise<unknown>;
  put(value: unknown, key: string): Promise<unknown>;
}

const list = (stored: unknown): Refusal[] => (Array.isArray(stored) ? (stored as Refusal[]) : []);

/**
 * `once`: kept only if no refusal with the same code is waiting already (a refused To Do task is
 * said once, not once per change made while To Do refuses).
 */
export async function keepRefusal(meta: MetaStore, error: StoreError, once = false): Promise<void> {
  if (once && list(await meta.get(REFUSALS_KEY)).some((r) => r.code === error.code)) return;
  const refusal: Refusal = {
    code: error.code,
    message: error.message,
    ...(error.current !== undefined ? { current: error.current } : {}),
  };
  await meta.put([...list(await meta.get(REFUSALS_KEY)), refusal], REFUSALS_KEY);
}

export async function takeRefusal(mirror: MirrorDb): Promise<StoreError | undefined> {
  const tx = mirror.transaction('meta', 'readwrite');
  const [first, ...rest] = list(await tx.store.get(REFUSALS_KEY));
  if (first !== undefined) await tx.store.put(rest, REFUSALS_KEY);
  await tx.done;
  return first === undefined
    ? undefined
    : new StoreError(first.code, first.message, first.current !== undefined ? { current: first.current } : {});
}
