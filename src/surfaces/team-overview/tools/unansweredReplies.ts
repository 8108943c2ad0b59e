import type { UnansweredReply } from '../../../domain/teamTools/digest';

/**
 * Where the weekly digest learns which customers' replies are not yet answered. Reading the request's
 * thread ("The thread is the record", issue 14) is another piece of work; until it marks
 * commitments whose customer replied last, this stays undefined and the digest says the count is not
 * tracked yet (never a 0 that would flatter). Plug the reader in here: `(c) => true | false`, or
 * undefined for a commitment whose thread Kept has not read.
 */
export const unansweredReply: UnansweredReply | undefined = undefined;
