import { localeDirection, pickLocale } from '../../domain/i18n/locales';
import { teamId as toTeamId } from '../../domain/ids';
import type { Person } from '../../domain/types';
import { browserLanguages } from '../browserLanguages';
import type { DraftOutcome, HostContext, HostItem, HostTeam, ThemeName, Unsubscribe } from '../HostContext';
import type { MeetingDetailsLike, TeamsContextLike, TeamsSdk } from './teamsSdk';

export interface TeamsHostOptions {
  /** How long to wait for Teams to answer app.initialize() (it hangs in some frames outside Teams). */
  readonly timeoutMs: number;
  /** The page a deep link falls back to when Teams gives no app id, e.g. `https://…/overview.html`. */
  readonly overviewUrl?: string;
  /** When the host was created; a meeting without details uses it as its start. */
  readonly now?: () => Date;
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

function teamOf(context: TeamsContextLike): HostTeam | undefined {
  const team = context.team;
  if (team === undefined) return undefined;
  return {
    // The group id is the same in Teams, Graph and SharePoint; the internal id only in Teams.
    id: toTeamId(team.groupId ?? team.internalId),
    name: team.displayName ?? '',
    ...(team.groupId === undefined ? {} : { groupId: team.groupId }),
    ...(context.channel?.displayName === undefined ? {} : { channelName: context.channel.displayName }),
  };
}

function meetingItem(
  context: TeamsContextLike,
  details: MeetingDetailsLike | undefined,
  now: Date,
): Extract<HostItem, { kind: 'meeting' }> {
  const start = details?.details.scheduledStartTime ?? now.toISOString();
  const end = details?.details.scheduledEndTime ?? start;
  const organizerId = details?.organizer?.id;
  const joinUrl = details?.details.joinUrl;
  return {
    kind: 'meeting',
    ...(joinUrl === undefined ? {} : { joinUrl }),
    subject: details?.details.title ?? '',
    // Teams gives the organizer's directory id only, not a name or address.
    organizer: { name: '', email: '' },
    attendees: [],
    start,
    end,
    isOrganizer: organizerId !== undefined && organizerId === context.user?.id,
  };
}

const appIdOf = (context: TeamsContextLike): string | undefined => {
  const id = context.app.appId;
  if (id === undefined) return undefined;
  const text = typeof id === 'string' ? id : id.toString();
  return text.trim() === '' ? undefined : text;
};

/**
 * A Teams deep link to this tab opened on one commitment (subEntityId), in the format Teams
 * documents: https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=…&label=…&context={"subEntityId":…,"channelId":…}
 */
export function teamsDeepLink(params: {
  appId: string;
  entityId: string;
  subEntityId: string;
  channelId?: string;
  webUrl?: string;
  label?: string;
}): string {
  const context = JSON.stringify({
    subEntityId: params.subEntityId,
    ...(params.channelId === undefined ? {} : { channelId: params.channelId }),
  });
  const query = [
    ...(params.webUrl === undefined ? [] : [`webUrl=${encodeURIComponent(params.webUrl)}`]),
    ...(params.label === undefined ? [] : [`label=${encodeURIComponent(params.label)}`]),
    `context=${encodeURIComponent(context)}`,
  ].join('&');
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(params.appId)}/${encodeURIComponent(params.entityId)}?${query}`;
}

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

  // In a meeting the "current item" is the meeting. Its details need an RSC permission the tenant
  // may not have granted: without them we still know we are in a meeting, just not its subject.
  let item: HostItem | undefined;
  if (context.meeting?.id !== undefined && MEETING_FRAMES.has(context.page.frameContext)) {
    let details: MeetingDetailsLike | undefined;
    try {
      details = await withTimeout(sdk.getMeetingDetails(), options.timeoutMs, 'Teams meeting details');
    } catch (error) {
      console.warn('Kept: meeting details unavailable (OnlineMeeting.ReadBasic.Chat not granted?).', error);
    }
    item = meetingItem(context, details, now);
  }

  // Teams' language first (app.locale), then the browser's.
  const locale = pickLocale([context.app.locale, ...(options.browserLanguages ?? browserLanguages())]);
  const team = teamOf(context);
  const appId = appIdOf(context);
  const initialCommitment = context.page.subPageId?.trim() || undefined;
  const fallbackLink = (id: string) => {
    const base =
      options.overviewUrl ??
      (typeof location === 'undefined' ? 'overview.html' : new URL('overview.html', location.href).href);
    return `${base}?host=teams&commitment=${encodeURIComponent(id)}`;
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
    commitmentLink: (id) =>
      appId === undefined || context.page.id === ''
        ? fallbackLink(id)
        : teamsDeepLink({
            appId,
            entityId: context.page.id,
            subEntityId: id,
            ...(context.channel?.id === undefined ? {} : { channelId: context.channel.id }),
          }),
    initialCommitmentId: () => initialCommitment,
  };
}
