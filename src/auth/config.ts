import type { AuthConfig } from './types';

const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

interface EnvLike {
  readonly VITE_KEPT_CLIENT_ID?: string;
  readonly VITE_KEPT_AUTHORITY?: string;
  readonly VITE_KEPT_REDIRECT_URI?: string;
}

/**
 * The app registration from build-time environment (`VITE_KEPT_CLIENT_ID`, optional
 * `VITE_KEPT_AUTHORITY`, `VITE_KEPT_REDIRECT_URI`). undefined without a client id: the app then
 * stays on the local store and says so. Cheap and free of MSAL, so the composition root can call it
 * before deciding to load the Graph chunk.
 */
export function authConfigFromEnv(env: EnvLike = import.meta.env as EnvLike): AuthConfig | undefined {
  const clientId = env.VITE_KEPT_CLIENT_ID?.trim() ?? '';
  if (clientId === '') return undefined;
  const authority = env.VITE_KEPT_AUTHORITY?.trim() || DEFAULT_AUTHORITY;
  const redirectUri = env.VITE_KEPT_REDIRECT_URI?.trim();
  return { clientId, authority, ...(redirectUri ? { redirectUri } : {}) };
}
