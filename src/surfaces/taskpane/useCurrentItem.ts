import { useCallback, useSyncExternalStore } from 'react';
import type { HostItem } from '../../hosts/HostContext';
import { useServices } from '../../ui/services';

/** The item Outlook (or the demo inbox) has selected; a pinned pane follows every new selection. */
export function useCurrentItem(): HostItem | undefined {
  const { host } = useServices();
  const subscribe = useCallback((changed: () => void) => host.onItemChanged(() => changed()), [host]);
  // Hosts keep the selected item as one object until the selection changes, so it is a stable snapshot.
  return useSyncExternalStore(subscribe, () => host.currentItem());
}
