import { useEffect, useState } from 'react';
import type { HostItem } from '../../hosts/HostContext';
import { useServices } from '../../ui/services';

/** The item Outlook (or the demo inbox) has selected; a pinned pane follows every new selection. */
export function useCurrentItem(): HostItem | undefined {
  const { host } = useServices();
  const [item, setItem] = useState<HostItem | undefined>(() => host.currentItem());
  useEffect(() => {
    // The item may have changed between the first render and the subscription.
    setItem(host.currentItem());
    return host.onItemChanged(setItem);
  }, [host]);
  return item;
}
