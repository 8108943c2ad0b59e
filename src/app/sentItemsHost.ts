import type { ThreadPage } from '../domain/replyActions';
import type { HostContext, HostMailbox, SentMessage } from '../hosts/HostContext';

/** What Graph can read of the user's mail (src/app/connectGraph.ts); `interactive` may show sign-in or consent. */
export interface GraphMail {
  sentInConversation(conversationId: string, since: string, interactive: boolean): Promise<readonly SentMessage[]>;
  threadSince(conversationId: string, after: string, interactive: boolean): Promise<ThreadPage>;
}

/**
 * Outlook in Graph mode can read the user's mailbox: Sent Items by conversation (was a drafted reply
 * sent?) and the request's thread (the customer's replies, the owner's own). This gives the Outlook
 * host that mailbox, so the surfaces record a message when it was sent and show what the customer
 * answered. Everything else passes through unchanged.
 */
export function withSentItems(host: HostContext, mail: GraphMail): HostContext {
  // A read Kept makes by itself never pops up sign-in; one the user asked for may.
  const mailbox: HostMailbox = {
    sentInConversation: (conversationId, since, options) =>
      mail.sentInConversation(conversationId, since, options?.mayAskToSignIn === true),
    threadSince: (conversationId, after, options) =>
      mail.threadSince(conversationId, after, options?.mayAskToSignIn === true),
  };
  return { ...host, mailbox };
}
