/**
 * Stores: the waits Microsoft Graph asked for (Retry-After), in the `meta` store of the store's
 * IndexedDB mirror (./mirror.ts), so that they outlive a closed or reloaded task pane:
 * - `throttle`: epoch ms before which no request of this store goes (429/503 on a whole request);
 * - `waits`: per outbox key (a commitment, a settings item, a message), epoch ms before which no
 *   write to it goes (429/503 on one request inside a `$batch`, https://learn.microsoft.com/graph/json-batching).
 */
import type { ThrottleHold } from './http/throttleGate';
import type { MirrorDb } from './mirror';

const THROTTLE_KEY = 'throttle';
const WAITS_KEY = 'waits';

export type KeyWaits = Readonly<Record<string, number>>;

/** Read each time, so two tabs on one database hold back for each other too. */
export function durableHold(db: () => Promise<MirrorDb>): ThrottleHold {
  return {
    async until() {
      const at = await (await db()).get('meta', THROTTLE_KEY);
      return typeof at === 'number' ? at : 0;
    },
    async extend(until) {
      const mirror = await db();
      const tx = mirror.transaction('meta', 'readwrite');
      const at = await tx.store.get(THROTTLE_KEY);
      if (typeof at !== 'number' || at < until) await tx.store.put(until, THROTTLE_KEY);
      await tx.done;
    },
  };
}

export async function readKeyWaits(mirror: MirrorDb): Promise<KeyWaits> {
  const waits = await mirror.get('meta', WAITS_KEY);
  return typeof waits === 'object' && waits !== null ? (waits as KeyWaits) : {};
}

/** Holds writes to `key` until `until`; forgets waits that are over. */
export async function holdKey(mirror: MirrorDb, key: string, until: number, nowMs: number): Promise<void> {
  const tx = mirror.transaction('meta', 'readwrite');
  const stored = await tx.store.get(WAITS_KEY);
  const waits = typeof stored === 'object' && stored !== null ? (stored as Record<string, number>) : {};
  const next: Record<string, number> = {};
  for (const [k, at] of Object.entries(waits)) if (at > nowMs) next[k] = at;
  next[key] = Math.max(next[key] ?? 0, until);
  await tx.store.put(next, WAITS_KEY);
  await tx.done;
}
