import type { TeamId } from '../../domain/ids';
import type { TeamSettings } from '../../domain/types';
import type { StoreChange } from '../Store';
import type { GraphCall } from './http/pipeline';
import type { MirrorDb } from './mirror';
import type { ListLocation } from './provision';

/** What the store's parts (sync, outbox) share; built once by createGraphStore. */
export interface GraphContext {
  readonly call: GraphCall;
  readonly db: () => Promise<MirrorDb>;
  readonly now: () => Date;
  /** The list's site and id; `force` re-checks its columns (after a write was refused). */
  readonly location: (force?: boolean) => Promise<ListLocation>;
  /** The team's settings as this device sees them (defaults before anyone saved). */
  readonly settingsFor: (teamId: TeamId) => Promise<TeamSettings>;
  readonly emit: (change: StoreChange) => void;
  /** A first load's progress (items so far), or undefined when it is over. */
  readonly progress: (loadedItems: number | undefined) => void;
  readonly pageSize: number;
  /** Names the Web Lock that keeps two tabs from flushing the same outbox at once. */
  readonly lockName: string;
}

export const itemsUrl = (loc: ListLocation) =>
  `/sites/${encodeURIComponent(loc.siteId)}/lists/${encodeURIComponent(loc.listId)}/items`;
