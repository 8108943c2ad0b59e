import { useMemo } from 'react';
import type { HostItem } from '../../hosts/HostContext';
import { listQuery, useCommitmentQuery } from '../../ui/useCommitments';

/**
 * Which demo items already have a commitment — what Outlook's "Kept" category shows in the inbox.
 * Read from the team's whole list once `read` is true; none is marked until then.
 */
export function useCoverage(read: boolean): (item: HostItem) => boolean {
  const commitments = useCommitmentQuery(read ? listQuery() : undefined);
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
