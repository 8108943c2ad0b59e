/**
 * Links that open one commitment in its team's Kept, from any host, and how a link is read back.
 *
 * Teams deep links (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application,
 * "Configure deep link to browse within your app manually"):
 *   https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=<fallback>&context={"subEntityId":…,"channelId":…}
 * - From the team's channel tab, which knows its channel: the channel tab itself (entity `kept-overview`,
 *   as config.html saves it), the commitment as sub-entity.
 * - From anywhere else (Outlook, a meeting, the personal tab): no channel is known, and a channel tab
 *   cannot be linked without one. The link opens Kept's static personal tab (`my-commitments`, in the
 *   manifest) with a sub-entity naming the team and the commitment; that tab then shows the team's
 *   overview on the commitment (`readSubEntity`).
 * - `webUrl`, and the link itself when the app id is unknown: the team's overview on the web
 *   (`overview.html?host=web&team=<group id>&commitment=<id>`), which signs in and reads the team's
 *   list — never the standalone demo.
 */
export const OVERVIEW_TAB_ENTITY_ID = 'kept-overview';
export const MEETING_TAB_ENTITY_ID = 'kept-meeting';
/** The static tab "My commitments" in manifest/manifest.template.json. */
export const PERSONAL_TAB_ENTITY_ID = 'my-commitments';

export interface LinkPlace {
  /** The id Teams knows the app by in the tenant (org catalog ID): the build's, else the Teams context's. */
  readonly appId?: string;
  /** The team this host works for (its Microsoft 365 group id), when it knows one. */
  readonly groupId?: string;
  /** The channel tab this page is, when it is one. */
  readonly channelTab?: { readonly channelId: string; readonly entityId: string };
  /** Absolute URL of overview.html on the web host. */
  readonly overviewUrl: string;
}

/** The team's overview on the web, opened on the commitment. */
export function webCommitmentLink(overviewUrl: string, commitmentId: string, groupId?: string): string {
  const url = new URL(overviewUrl);
  url.search = '';
  url.searchParams.set('host', 'web');
  if (groupId !== undefined && groupId !== '') url.searchParams.set('team', groupId);
  url.searchParams.set('commitment', commitmentId);
  return url.href;
}

/**
 * A Teams deep link to a tab opened on one item, every part URI-encoded as the deep link page asks.
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

/** The link that opens `commitmentId` of team `teamId` (default: the place's team) in Teams, or on the web. */
export function commitmentLink(place: LinkPlace, commitmentId: string, teamId?: string): string {
  const groupId = teamId ?? place.groupId;
  const webUrl = webCommitmentLink(place.overviewUrl, commitmentId, groupId);
  const appId = place.appId?.trim();
  if (appId === undefined || appId === '') return webUrl;
  const tab = place.channelTab;
  if (tab !== undefined && (groupId === undefined || groupId === place.groupId)) {
    return teamsDeepLink({
      appId,
      entityId: tab.entityId,
      subEntityId: commitmentId,
      channelId: tab.channelId,
      webUrl,
    });
  }
  return teamsDeepLink({
    appId,
    entityId: PERSONAL_TAB_ENTITY_ID,
    subEntityId: groupId === undefined ? commitmentId : JSON.stringify({ team: groupId, commitment: commitmentId }),
    webUrl,
  });
}

/** What a deep link's sub-entity (Teams context `page.subPageId`) names: a commitment, maybe of a team. */
export function readSubEntity(subEntityId: string | undefined): { commitmentId?: string; groupId?: string } {
  const text = subEntityId?.trim() ?? '';
  if (text === '') return {};
  if (text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as { team?: unknown; commitment?: unknown };
      if (typeof parsed.commitment === 'string' && parsed.commitment !== '') {
        return {
          commitmentId: parsed.commitment,
          ...(typeof parsed.team === 'string' && parsed.team !== '' ? { groupId: parsed.team } : {}),
        };
      }
    } catch {
      // Not ours: read it as a plain commitment id below.
    }
  }
  return { commitmentId: text };
}
