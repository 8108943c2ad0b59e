import { useMemo } from 'react';
import type { HostItem } from '../../hosts/HostContext';
import { useCommitments } from '../../ui/useCommitments';

/** Which demo items already have a commitment — what Outlook's "Kept" category shows in the inbox. */
export function useCoverage(): (item: HostItem) => boolean {
  const commitments = useCommitments();
  return useMemo(() => {
    const emails = new Set<string>();
    const meetings = new Set<string>();
    if (commitments.state === 'ready') {
      for (const c of commitments.value) {
        if (c.source.kind === 'email') emails.add(c.source.internetMessageId);
        if (c.source.kind === 'meeting') {
          if (c.source.iCalUId !== undefined) meetings.add(c.source.iCalUId);
          if (c.source.joinUrl !== undefined) meetings.add(c.source.joinUrl);
        }
      }
    }
    return (item) =>
      item.kind === 'email'
        ? emails.has(item.internetMessageId)
        : (item.iCalUId !== undefined && meetings.has(item.iCalUId)) ||
          (item.joinUrl !== undefined && meetings.has(item.joinUrl));
  }, [commitments]);
}
