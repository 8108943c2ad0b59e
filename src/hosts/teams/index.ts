import type { HostContext } from '../HostContext';
import { createTeamsHostWith } from './createTeamsHost';
import { loadTeamsSdk } from './teamsSdk';

export { createTeamsHostWith, themeOf } from './createTeamsHost';
export { teamsDeepLink } from '../commitmentLinks';
export type { TeamsSdk } from './teamsSdk';

/** The Teams host, or undefined outside Teams (the caller then falls back to the browser host). */
export async function createTeamsHost(options: {
  timeoutMs: number;
  linkAppId?: string;
}): Promise<HostContext | undefined> {
  return createTeamsHostWith(await loadTeamsSdk(), options);
}
