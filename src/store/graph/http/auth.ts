import { StoreError } from '../../Store';
import type { Send, TokenProvider } from './types';

/**
 * Adds the bearer token for the scopes the request names. Tokens come from the injected
 * TokenProvider (src/auth plugs in here), so Graph code knows nothing about MSAL.
 */
export function withAuth(next: Send, getToken: TokenProvider): Send {
  return async (request) => {
    let token: string;
    try {
      token = await getToken(request.scopes, request.interactive === false ? { interactive: false } : {});
    } catch (error) {
      if (error instanceof StoreError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new StoreError('unauthorized', `Sign-in to Microsoft 365 is needed (${detail}).`, { cause: error });
    }
    return next({ ...request, headers: { ...request.headers, Authorization: `Bearer ${token}` } });
  };
}
