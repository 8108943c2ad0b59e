import type { TeamId } from '../domain/ids';
import type { ThreadPage } from '../domain/replyActions';
import type { ActivityNotice } from '../domain/teamTools/activity';
import type { Instant, Person } from '../domain/types';

/** The Outlook item (or its standalone stand-in) the pane is opened on. */
export type HostItem =
  | {
      readonly kind: 'email';
      readonly internetMessageId: string;
      readonly conversationId: string;
      /** REST / Graph id. */
      readonly itemId: string;
      readonly webLink?: string;
      readonly subject: string;
      readonly from: Person;
      readonly to: readonly Person[];
      readonly receivedAt: Instant;
      /** Plain-text preview, for the demo inbox; Outlook gives none without an async body read. */
      readonly preview?: string;
    }
  | {
      readonly kind: 'meeting';
      readonly iCalUId?: string;
      readonly joinUrl?: string;
      /**
       * REST / Graph id of this user's copy of the appointment (Outlook only; each attendee's copy has
       * its own). Not a key other surfaces know: Graph mode uses it to look up the iCalUId and join
       * URL, which Office.js does not expose. Undefined for an appointment that was never saved.
       */
      readonly itemId?: string;
      /**
       * Teams: the meeting's chat id from the Teams context. Not a key other surfaces know: Graph
       * mode looks up the meeting's join URL from it (chat-get, onlineMeetingInfo.joinWebUrl).
       */
      readonly chatId?: string;
      /** The iCalUId and join URL are being looked up (Graph mode): surfaces wait, not explain. */
      readonly keysPending?: boolean;
      readonly subject: string;
      readonly organizer: Person;
      readonly attendees: readonly Person[];
      readonly start: Instant;
      readonly end: Instant;
      /** The signed-in user organizes this meeting. */
      readonly isOrganizer: boolean;
      readonly webLink?: string;
    };

export type ThemeName = 'light' | 'dark' | 'high-contrast';

export interface DraftRequest {
  /** reply: to the sender of the current email; reply-all; new: a new message to `to`. */
  readonly mode: 'reply' | 'reply-all' | 'new';
  readonly to?: readonly Person[];
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** The draft's language and direction (the customer's, which may not be the pane's). */
  readonly lang?: string;
  readonly dir?: 'ltr' | 'rtl';
}

/**
 * opened: the host's own compose form shows it (the user edits and sends).
 * show-in-app: the host has no compose form; the app shows the draft to copy.
 */
export type DraftOutcome = 'opened' | 'show-in-app';

export type HostKind = 'outlook' | 'teams' | 'browser';

export interface HostTeam {
  readonly id: TeamId;
  readonly name: string;
  /** Microsoft 365 group id of the team, when known (Graph mode). */
  readonly groupId?: string;
  readonly channelName?: string;
  /** The channel whose tab this is (Teams), for posting to it. */
  readonly channelId?: string;
}

export type Unsubscribe = () => void;

/** Small per-user settings that follow the user (Outlook: roaming settings, kept with the mailbox). */
export interface HostPreferences {
  get(key: string): string | undefined;
  /** Saved with the host; rejects when the host could not save. */
  set(key: string, value: string): Promise<void>;
}

/** A message the signed-in user sent, as their mailbox reports it. */
export interface SentMessage {
  readonly id: string;
  readonly conversationId: string;
  readonly sentAt: Instant;
  readonly subject: string;
}

/**
 * The signed-in user's mailbox, where the host can read it (Outlook with Microsoft 365 sign-in; the
 * standalone demo's inbox). Surfaces use it to learn that a drafted reply was sent ("recorded when
 * sent") and to read the request's thread: the customer's replies, and the owner's own replies that
 * count as updates. Absent where the host cannot tell (Teams, Outlook without sign-in): surfaces then
 * ask the user instead, and show no replies.
 */
export interface HostMailbox {
  /**
   * Messages the user sent in the conversation at or after `since`, oldest first. Rejects when the
   * mailbox cannot be read (no consent, offline): the caller then asks the user.
   */
  sentInConversation(
    conversationId: string,
    since: Instant,
    options?: {
      /** The user asked (pressed a button): the host may show sign-in or consent. Off for checks Kept makes by itself. */
      readonly mayAskToSignIn?: boolean;
    },
  ): Promise<readonly SentMessage[]>;
  /**
   * The newest messages of the conversation that arrived after `after` (newest first): one page,
   * one request; an empty page when nothing arrived. Rejects when the mailbox cannot be read.
   */
  threadSince(
    conversationId: string,
    after: Instant,
    options?: { readonly mayAskToSignIn?: boolean },
  ): Promise<ThreadPage>;
  /**
   * Hosts that learn of new mail themselves (the demo inbox) say when a conversation changed, so a
   * pane reads it at once; Outlook tells an add-in nothing, and the pane reads on open and on focus.
   */
  onThreadChanged?(listener: (conversationId: string) => void): Unsubscribe;
}

// ---- Teams beyond the tab (issue 14): notifications, posts, per-user documents ----------------

/** A message Kept posts in Teams for the user: HTML whose every user value is escaped. */
export interface TeamsPost {
  readonly subject?: string;
  readonly html: string;
}

/** Why a Teams call did not happen, in the same words the store uses for its own failures. */
export type TeamworkFailure =
  'forbidden' | 'throttled' | 'unauthorized' | 'offline' | 'not-found' | 'no-link' | 'invalid';

/** A host call that failed for a reason the UI words (`code`); anything else is shown with its message. */
export class TeamworkError extends Error {
  readonly code: TeamworkFailure;
  constructor(code: TeamworkFailure, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'TeamworkError';
    this.code = code;
  }
}

/**
 * What Kept may do in Teams for the signed-in user (Microsoft 365 sign-in, or the demo's simulated
 * Teams). Each call rejects with an error carrying a `code` (TeamworkFailure) and changes nothing else.
 */
export interface HostTeamwork {
  /** An activity feed notification to `notice.to` that opens the commitment in Kept's Teams tab. */
  notify(notice: ActivityNotice): Promise<void>;
  /** Posts in a meeting's chat (the Teams meeting item's chatId). */
  postToChat(chatId: string, post: TeamsPost): Promise<void>;
  /** The channel this team tab is in, where the tab knows it. */
  readonly channel?: { readonly name: string; post(post: TeamsPost): Promise<void> };
}

/**
 * Small per-user documents (saved views) kept where they follow the user: in Graph mode the user's
 * OneDrive app folder, in Outlook the mailbox's roaming settings; otherwise this device.
 */
export interface HostDocuments {
  /** roaming: every device where the user signs in sees it; device: this browser only. */
  readonly reach: 'roaming' | 'device';
  /** The document (JSON), or undefined when there is none yet. */
  read(name: string): Promise<unknown>;
  /** Rejects with a `code` 'conflict' when another device changed it since this one read it. */
  write(name: string, value: unknown): Promise<void>;
}

export interface HostContext {
  readonly kind: HostKind;
  readonly user: Person;
  readonly locale: string;
  /** Text direction of the locale. */
  readonly dir: 'ltr' | 'rtl';
  theme(): ThemeName;
  onThemeChange(listener: (theme: ThemeName) => void): Unsubscribe;
  /** The team this surface works for, if the host knows it (Teams does; Outlook asks the user once). */
  team(): HostTeam | undefined;
  currentItem(): HostItem | undefined;
  /** A pinned task pane follows the selected item. */
  onItemChanged(listener: (item: HostItem | undefined) => void): Unsubscribe;
  openDraft(draft: DraftRequest): Promise<DraftOutcome>;
  /** Marks the email as covered by Kept (Outlook category). Resolves false where the host cannot; never throws for that. */
  tagCurrentItem(category: string): Promise<boolean>;
  /**
   * A link that opens this commitment in its team's Kept: a Teams deep link, or the team's overview on
   * the web (src/hosts/commitmentLinks.ts); the standalone demo links to its own overview.
   * `teamId`: the commitment's team (its Microsoft 365 group id in Graph mode), when the host may not know it.
   */
  commitmentLink(id: string, teamId?: string): string;
  /** The commitment a deep link asked to open, once, at start. */
  initialCommitmentId(): string | undefined;
  /** Where the host keeps per-user settings that roam with the user; absent where it has none. */
  readonly preferences?: HostPreferences;
  /** The user's mailbox, where the host can read it; absent where it cannot tell what was sent. */
  readonly mailbox?: HostMailbox;
  /** Teams notifications and posts, where Kept may make them (Graph mode, or the demo). */
  readonly teamwork?: HostTeamwork;
  /** Where per-user documents (saved views) are kept; absent: nowhere to keep them. */
  readonly documents?: HostDocuments;
}
