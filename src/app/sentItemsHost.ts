import type { HostContext, HostMailbox, SentMessage } from '../hosts/HostContext';

/**
 * Outlook in Graph mode can tell whether a reply Kept drafted was sent: it reads Sent Items by
 * conversation. This gives the Outlook host that mailbox, so the surfaces record a message when it
 * was sent (and ask "Sent?" only where no host can tell). Everything else passes through unchanged.
 */
export function withSentItems(
  host: HostContext,
  sentInConversation: (conversationId: string, since: string, interactive: boolean) => Promise<readonly SentMessage[]>,
): HostContext {
  const mailbox: HostMailbox = {
    // A check Kept makes by itself never pops up sign-in; one the user asked for may.
    sentInConversation: (conversationId, since, options) =>
      sentInConversation(conversationId, since, options?.mayAskToSignIn === true),
  };
  return { ...host, mailbox };
}
