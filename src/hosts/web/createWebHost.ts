import { localeDirection } from '../../domain/format';
import { teamId as toTeamId } from '../../domain/ids';
import { commitmentLink } from '../commitmentLinks';
import type { DraftOutcome, HostContext, ThemeName, Unsubscribe } from '../HostContext';

export interface WebHostOptions {
  readonly locale: string;
  readonly theme: ThemeName;
  /** The team a link named (its Microsoft 365 group id); without one the user picks a team once. */
  readonly groupId?: string;
  readonly initialCommitmentId?: string;
  /** Absolute URL of overview.html on this web host. */
  readonly overviewUrl: string;
  /** The Teams app id from the build, so links (and Teams notifications) can open Kept in Teams. */
  readonly appId?: string;
}

/**
 * Kept in a plain browser tab on a team's real data: where a Teams deep link falls back to
 * (`overview.html?host=web&team=<group id>&commitment=<id>`). Unlike the standalone demo it has no
 * demo world: the composition root signs in and opens the team's list (or says sign-in is not set up).
 * It knows no user until sign-in, no current item and no compose form.
 */
export function createWebHost(options: WebHostOptions): HostContext {
  const team =
    options.groupId === undefined || options.groupId === ''
      ? undefined
      : { id: toTeamId(options.groupId), name: '', groupId: options.groupId };
  return {
    kind: 'browser',
    user: { name: '', email: '' },
    locale: options.locale,
    dir: localeDirection(options.locale),
    theme: () => options.theme,
    onThemeChange: (): Unsubscribe => () => undefined,
    team: () => team,
    currentItem: () => undefined,
    onItemChanged: (): Unsubscribe => () => undefined,
    openDraft: async (): Promise<DraftOutcome> => 'show-in-app',
    tagCurrentItem: async () => false,
    commitmentLink: (id, teamId) =>
      commitmentLink(
        {
          overviewUrl: options.overviewUrl,
          ...(options.appId === undefined ? {} : { appId: options.appId }),
          ...(team === undefined ? {} : { groupId: team.groupId }),
        },
        id,
        teamId,
      ),
    initialCommitmentId: () => options.initialCommitmentId,
  };
}
