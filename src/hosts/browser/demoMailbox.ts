import type { ThreadMessage, ThreadPage } from '../../domain/replyActions';
import type { Person } from '../../domain/types';
import { sameEmail } from '../../domain/validation';
import type { HostMailbox, Unsubscribe } from '../HostContext';

/** What one demo refresh reads at most, as in Graph mode (src/store/graph/conversation.ts). */
const PAGE = 50;
// Stores: the demo inbox's thread messages (replies that "arrived", replies the user "sent"), as a
// JSON array in localStorage under this key; the demo's reset clears it.
export const DEMO_THREAD_KEY = 'kept.demo.thread';

/** One message of a demo conversation. */
export interface DemoThreadMessage {
  readonly id: string;
  readonly conversationId: string;
  readonly subject: string;
  readonly from: Person;
  readonly sentAt: string;
  readonly text: string;
}

/** The standalone demo's mailbox: the replies a newcomer simulates, read the way Outlook's would be. */
export interface DemoMailbox extends HostMailbox {
  /** The messages of a conversation, oldest first (the demo's reading pane shows them). */
  messagesOf(conversationId: string): readonly DemoThreadMessage[];
  /** A message arrives in (or is sent from) the demo mailbox; panes on that conversation read it. */
  deliver(message: Omit<DemoThreadMessage, 'id' | 'sentAt'>): DemoThreadMessage;
}

export function createDemoMailbox(options: {
  readonly user: Person;
  readonly now: () => Date;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
}): DemoMailbox {
  const listeners = new Set<(conversationId: string) => void>();
  // Messages the storage would not take: they still reach this page's panes.
  const unsaved: DemoThreadMessage[] = [];
  const read = (): DemoThreadMessage[] => {
    try {
      const parsed: unknown = JSON.parse(options.storage?.getItem(DEMO_THREAD_KEY) ?? '[]');
      return [...(Array.isArray(parsed) ? (parsed as DemoThreadMessage[]) : []), ...unsaved];
    } catch {
      return [...unsaved];
    }
  };
  const inConversation = (conversationId: string) =>
    read()
      .filter((m) => m.conversationId === conversationId)
      .sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt));
  const asThread = (m: DemoThreadMessage): ThreadMessage => ({
    id: m.id,
    from: m.from,
    fromMe: sameEmail(m.from.email, options.user.email),
    sentAt: m.sentAt,
    receivedAt: m.sentAt,
    preview: m.text,
    internetMessageId: `<${m.id}@demo.contoso.example>`,
  });

  return {
    sentInConversation: async (conversationId, since) =>
      inConversation(conversationId)
        .filter((m) => sameEmail(m.from.email, options.user.email) && Date.parse(m.sentAt) >= Date.parse(since))
        .map((m) => ({ id: m.id, conversationId, sentAt: m.sentAt, subject: m.subject })),
    threadSince: async (conversationId, after): Promise<ThreadPage> => {
      const newer = inConversation(conversationId)
        .filter((m) => Date.parse(m.sentAt) > Date.parse(after))
        .reverse();
      return { messages: newer.slice(0, PAGE).map(asThread), more: newer.length > PAGE };
    },
    onThreadChanged: (listener): Unsubscribe => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    messagesOf: inConversation,
    deliver(message) {
      const all = read();
      const sent: DemoThreadMessage = {
        ...message,
        id: `demo-reply-${all.length + 1}-${options.now().getTime()}`,
        sentAt: options.now().toISOString(),
      };
      try {
        if (options.storage === undefined) unsaved.push(sent);
        else
          options.storage.setItem(DEMO_THREAD_KEY, JSON.stringify([...all.filter((m) => !unsaved.includes(m)), sent]));
      } catch {
        unsaved.push(sent);
      }
      for (const listener of listeners) listener(message.conversationId);
      return sent;
    },
  };
}
