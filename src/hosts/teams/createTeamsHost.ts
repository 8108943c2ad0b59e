import { localeDirection, pickLocale } from '../../domain/i18n/locales';
import { teamId as toTeamId } from '../../domain/ids';
import type { Person } from '../../domain/types';
import { browserLanguages } from '../browserLanguages';
import type { DraftOutcome, HostContext, HostItem, HostTeam, ThemeName, Unsubscribe } from '../HostContext';
import { commitmentLink, OVERVIEW_TAB_ENTITY_ID, readSubEntity, type LinkPlace } from '../commitmentLinks';
import type { TeamsContextLike, TeamsSdk } from './teamsSdk';

export interface TeamsHostOptions {
  /** How long to wait for Teams to answer app.initialize() (it hangs in some frames outside Teams). */
  readonly timeoutMs: number;
  /** overview.html on the web host, for links' web fallback, e.g. `https://…/overview.html`. */
  readonly overviewUrl?: string;
  /** When the host was created; a meeting without details uses it as its start. */
  readonly now?: () => Date;
  /**
   * The id Teams knows Kept by in this tenant's org catalog, for deep links (the build's
   * KEPT_CATALOG_APP_ID); without it, the app id the Teams context gives, else links open the web.
   */
  readonly linkAppId?: string;
  /** Where the locale comes from when Teams' language is not one Kept speaks (tests pass their own). */
  readonly browserLanguages?: readonly string[];
}

const MEETING_FRAMES = new Set(['sidePanel', 'meetingStage', 'content']);

/** Teams' theme names → ours. */
export function themeOf(teams: string): ThemeName {
  return teams === 'dark' ? 'dark' : teams === 'contrast' ? 'high-contrast' : 'light';
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function userOf(context: TeamsContextLike): Person {
  const email = context.user?.loginHint ?? context.user?.userPrincipalName ?? '';
  return { name: context.user?.displayName ?? email, email };
}

/** The team's Microsoft 365 group id, or undefined: Teams gives null in shared channels, nothing in private ones. */
export function teamGroupId(team: TeamsContextLike['team']): string | undefined {
  const id = team?.groupId;
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
}

function teamOf(context: TeamsContextLike): HostTeam | undefined {
  const team = context.team;
  if (team === undefined) return undefined;
  const groupId = teamGroupId(team);
  return {
    // The group id is the same in Teams, Graph and SharePoint; the internal id only in Teams.
    id: toTeamId(groupId ?? team.internalId),
    name: team.displayName ?? '',
    ...(groupId === undefined ? {} : { groupId }),
    ...(context.channel?.displayName === undefined ? {} : { channelName: context.channel.displayName }),
    ...(context.channel?.id === undefined ? {} : { channelId: context.channel.id }),
  };
}

/**
 * The meeting this panel or tab is in, as far as the Teams context tells: its chat id. The context
 * has no subject, times or join link, and teams-js's meeting details call is Microsoft-internal, so
 * the join link is looked up in Graph from the chat id (src/app/meetingKeysHost.ts); until then, or
 * without Microsoft 365 sign-in, the meeting has no key and the checklist says so.
 */
function meetingItem(context: TeamsContextLike, now: Date): Extract<HostItem, { kind: 'meeting' }> {
  const chatId = context.chat?.id?.trim();
  return {
    kind: 'meeting',
    ...(chatId === undefined || chatId === '' ? {} : { chatId }),
    subject: '',
    organizer: { name: '', email: '' },
    attendees: [],
    start: now.toISOString(),
    end: now.toISOString(),
    isOrganizer: false,
  };
}

const appIdOf = (context: TeamsContextLike): string | undefined => {
  const id = context.app.appId;
  if (id === undefined) return undefined;
  const text = typeof id === 'string' ? id : id.toString();
  return text.trim() === '' ? undefined : text;
};

/**
 * The Teams host over an injected SDK. Resolves undefined when Teams does not answer (outside
 * Teams `initialize` rejects at once or hangs), so the caller falls back to the browser host.
 */
export async function createTeamsHostWith(sdk: TeamsSdk, options: TeamsHostOptions): Promise<HostContext | undefined> {
  let context: TeamsContextLike;
  try {
    await withTimeout(sdk.initialize(), options.timeoutMs, 'Teams');
    context = await withTimeout(sdk.getContext(), options.timeoutMs, 'Teams context');
  } catch (error) {
    console.warn('Kept: not running in Teams, or Teams did not answer.', error);
    return undefined;
  }
  sdk.notifySuccess();
  const now = options.now?.() ?? new Date();

  let theme = themeOf(context.app.theme);
  const themeListeners = new Set<(theme: ThemeName) => void>();
  sdk.registerOnThemeChangeHandler((next) => {
    theme = themeOf(next);
    for (const listener of themeListeners) listener(theme);
  });

  // In a meeting the "current item" is the meeting, known by its chat.
  const item: HostItem | undefined =
    context.meeting?.id !== undefined && MEETING_FRAMES.has(context.page.frameContext)
      ? meetingItem(context, now)
      : undefined;

  // Teams' language first (app.locale), then the browser's.
  const locale = pickLocale([context.app.locale, ...(options.browserLanguages ?? browserLanguages())]);
  // A deep link from Outlook or a meeting names the team too: the personal tab then shows that team.
  const linked = readSubEntity(context.page.subPageId);
  const team =
    teamOf(context) ??
    (linked.groupId === undefined ? undefined : { id: toTeamId(linked.groupId), name: '', groupId: linked.groupId });
  const channelId = context.channel?.id;
  const appId = options.linkAppId?.trim() || appIdOf(context);
  const place: LinkPlace = {
    ...(appId === undefined ? {} : { appId }),
    ...(team?.groupId === undefined ? {} : { groupId: team.groupId }),
    ...(channelId !== undefined && context.page.id === OVERVIEW_TAB_ENTITY_ID
      ? { channelTab: { channelId, entityId: context.page.id } }
      : {}),
    overviewUrl:
      options.overviewUrl ??
      (typeof location === 'undefined'
        ? 'https://localhost/overview.html'
        : new URL('overview.html', location.href).href),
  };

  return {
    kind: 'teams',
    user: userOf(context),
    locale,
    dir: localeDirection(locale),
    theme: () => theme,
    onThemeChange(listener): Unsubscribe {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
    team: () => team,
    currentItem: () => item,
    // A tab shows one context for its whole life: there is no selection to follow.
    onItemChanged: () => () => undefined,
    async openDraft(draft): Promise<DraftOutcome> {
      // Teams has no reply form; Microsoft 365 hosts that support `mail` (Outlook, the M365 app) compose one.
      if (!sdk.mailSupported()) return 'show-in-app';
      await sdk.composeNewMail({
        toRecipients: (draft.to ?? []).map((p) => p.email),
        subject: draft.subject,
        message: draft.text,
      });
      return 'opened';
    },
    tagCurrentItem: async () => false,
    commitmentLink: (id, teamId) => commitmentLink(place, id, teamId),
    initialCommitmentId: () => linked.commitmentId,
  };
}
