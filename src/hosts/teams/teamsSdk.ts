/**
 * The part of @microsoft/teams-js the Teams host uses, as plain types. The host is written against
 * this interface so tests drive it with a typed fake; `loadTeamsSdk` adapts the real library.
 */
export interface TeamsContextLike {
  readonly app: {
    readonly locale: string;
    /** 'default' | 'dark' | 'contrast' (Teams' words). */
    readonly theme: string;
    readonly appId?: { toString(): string } | string;
  };
  readonly page: {
    /** The tab's entityId. */
    readonly id: string;
    /** 'content' | 'settings' | 'sidePanel' | 'meetingStage' | … */
    readonly frameContext: string;
    /** The subEntityId of a deep link that opened the tab. */
    readonly subPageId?: string;
  };
  readonly user?: {
    readonly id: string;
    readonly displayName?: string;
    readonly loginHint?: string;
    readonly userPrincipalName?: string;
  };
  /**
   * `groupId` only when the manifest asks for the identity permission, undefined in private channels and
   * null in shared channels (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/access-teams-context),
   * although the type file says `string | undefined`: read it with `teamGroupId`.
   */
  readonly team?: { readonly internalId: string; readonly displayName?: string; readonly groupId?: string | null };
  readonly channel?: { readonly id: string; readonly displayName?: string };
  readonly meeting?: { readonly id: string };
  /** In a meeting: the meeting's chat, which Graph knows the meeting's join link by (chat-get). */
  readonly chat?: { readonly id: string };
}

export interface ComposeNewMail {
  readonly toRecipients: string[];
  readonly subject: string;
  readonly message: string;
}

export interface TeamsSdk {
  initialize(): Promise<void>;
  getContext(): Promise<TeamsContextLike>;
  registerOnThemeChangeHandler(handler: (theme: string) => void): void;
  /** Hides Teams' own loading indicator. */
  notifySuccess(): void;
  // No meeting details here: teams-js's meeting.getMeetingDetails is `@hidden @internal — Limited to
  // Microsoft-internal use`. The meeting is found through its chat in Graph (src/app/meetingKeysHost.ts).
  mailSupported(): boolean;
  composeNewMail(mail: ComposeNewMail): Promise<void>;
}

/** The real library, loaded only when the page runs inside Teams (?host=teams). */
export async function loadTeamsSdk(): Promise<TeamsSdk> {
  const { app, mail } = await import('@microsoft/teams-js');
  return {
    initialize: () => app.initialize(),
    getContext: () => app.getContext(),
    registerOnThemeChangeHandler: (handler) => app.registerOnThemeChangeHandler(handler),
    notifySuccess: () => void app.notifySuccess().catch(() => undefined),
    mailSupported: () => {
      try {
        return mail.isSupported();
      } catch {
        return false;
      }
    },
    composeNewMail: ({ toRecipients, subject, message }) =>
      mail.composeMail({ type: mail.ComposeMailType.New, toRecipients, subject, message }),
  };
}
