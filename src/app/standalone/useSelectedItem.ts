import { useEffect, useState } from 'react';
import type { HostItem } from '../../hosts/HostContext';
import type { BrowserHost } from '../../hosts/browser/createBrowserHost';
import { itemKey } from './DemoItemList';

/** The item the simulated Outlook has selected, mirrored into the URL so a reload keeps it. */
export function useSelectedItem(
  host: BrowserHost,
  param: 'item' | 'meeting',
): [HostItem | undefined, (item: HostItem) => void] {
  const [item, setItem] = useState<HostItem | undefined>(() => host.currentItem());
  useEffect(() => host.onItemChanged(setItem), [host]);
  const select = (next: HostItem) => {
    host.selectItem(next);
    const url = new URL(window.location.href);
    url.searchParams.set(param, itemKey(next));
    window.history.replaceState(null, '', url);
  };
  return [item, select];
}
