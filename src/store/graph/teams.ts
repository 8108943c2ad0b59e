import { createPipeline } from './http/pipeline';
import type { FetchLike, TokenProvider } from './http/types';
import { SCOPES } from './scopes';

export interface JoinedTeam {
  /** A team's id is its Microsoft 365 group id. */
  readonly id: string;
  readonly displayName: string;
  readonly description?: string;
}

/**
 * The teams the user belongs to, for the Outlook team picker and "My commitments".
 * https://learn.microsoft.com/graph/api/user-list-joinedteams: "This method does not currently support
 * the OData query parameters", and it answers id, displayName and description only — so no `$select`.
 */
export async function listJoinedTeams(
  getToken: TokenProvider,
  options: { fetch?: FetchLike } = {},
): Promise<JoinedTeam[]> {
  const call = createPipeline({
    fetch: options.fetch ?? ((i, init) => fetch(i, init)),
    getToken,
    now: () => new Date(),
  });
  const teams: JoinedTeam[] = [];
  let url: string | undefined = '/me/joinedTeams';
  while (url !== undefined) {
    const res = await call({ method: 'GET', url, scopes: SCOPES.joinedTeams });
    const body = res.body as {
      value?: { id?: unknown; displayName?: unknown; description?: unknown }[];
      '@odata.nextLink'?: string;
    };
    for (const t of body.value ?? []) {
      if (typeof t.id !== 'string') continue;
      teams.push({
        id: t.id,
        displayName: typeof t.displayName === 'string' ? t.displayName : t.id,
        ...(typeof t.description === 'string' ? { description: t.description } : {}),
      });
    }
    url = body['@odata.nextLink'];
  }
  return teams.sort((a, b) => a.displayName.localeCompare(b.displayName));
}
