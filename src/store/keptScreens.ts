import type { ListedCommitment } from '../domain/listed';
import type { TeamSettings } from '../domain/types';
import type { ScreenCache } from './Store';

/**
 * The kept screens (Store.ts ScreenCache) as each IndexedDB-backed adapter keeps them: an object
 * store `screens` beside its data holding a stamp, which every transaction that changes the data
 * moves on (and clears the screens with), and each screen with the stamp it was worked out at. A
 * read of commitments or settings records the stamp it saw in the same transaction; a screen from
 * those reads is kept only while the stamp has not moved since.
 */
export const SCREENS = 'screens';

/** What an adapter's database keeps in `screens`: the stamp under STAMP, screens under screenKey(). */
export type ScreensRecord = number | KeptScreen;

export interface KeptScreen {
  readonly stamp: number;
  readonly value: unknown;
}

const STAMP = 'stamp';
const screenKey = (key: string): string => `screen:${key}`;
const stampOf = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** The parts of an idb object store over `screens` this module uses. */
export interface ScreensStore {
  get(key: string): Promise<unknown>;
  put(value: ScreensRecord, key: string): Promise<unknown>;
  clear(): Promise<void>;
}

/**
 * Inside a readwrite transaction that changes commitments or settings: every kept screen goes
 * stale with the change, or with it stays if the transaction aborts.
 */
export async function forgetScreens(screens: ScreensStore): Promise<void> {
  const stamp = stampOf(await screens.get(STAMP));
  await screens.clear();
  await screens.put(stamp + 1, STAMP);
}

/** The stamp as a read transaction sees it (issue it with the read's other requests). */
export const readStamp = (screens: Pick<ScreensStore, 'get'>): Promise<number> => screens.get(STAMP).then(stampOf);

/** A read (a list, settings) and the stamp its transaction saw: what a screen worked out from it is based on. */
export type ReadStamps = WeakMap<readonly ListedCommitment[] | TeamSettings, number>;

/**
 * The ScreenCache over an adapter's `screens` store. `transaction` opens one over it alone;
 * `failed` turns a storage error into the adapter's own StoreError.
 */
export function keptScreens(
  transaction: (mode: IDBTransactionMode) => Promise<{ readonly store: ScreensStore; readonly done: Promise<void> }>,
  stamps: ReadStamps,
  failed: (error: unknown, action: string) => Error,
): ScreenCache {
  return {
    async read(key) {
      try {
        const tx = await transaction('readonly');
        const [stamp, kept] = await Promise.all([readStamp(tx.store), tx.store.get(screenKey(key))]);
        const screen = kept as KeptScreen | undefined;
        return typeof screen === 'object' && screen !== null && screen.stamp === stamp ? screen.value : undefined;
      } catch (error) {
        throw failed(error, 'reading a kept screen');
      }
    },
    async write(key, value, basedOn) {
      const seen = new Set(basedOn.map((read) => stamps.get(read)));
      const [stamp] = seen;
      // Every read must be known and must have seen the same data.
      if (stamp === undefined || seen.size !== 1) return false;
      try {
        const tx = await transaction('readwrite');
        // Kept only while the data is still what the reads saw; nobody is told (nothing changed).
        const kept = (await readStamp(tx.store)) === stamp;
        if (kept) await tx.store.put({ stamp, value }, screenKey(key));
        await tx.done;
        return kept;
      } catch (error) {
        throw failed(error, 'keeping a screen');
      }
    },
    heldAs(read, held) {
      const stamp = stamps.get(read);
      if (stamp !== undefined) stamps.set(held, stamp);
    },
  };
}
