import type { Configuration, IPublicClientApplication } from '@azure/msal-browser';
import { canUseNestedAppAuth, type HostKindForAuth, type NaaProbes } from './nestedAppAuth';
import { createTokenProvider, type MsalClientLike } from './tokenProvider';
import type { AuthConfig, TokenProvider } from './types';

export interface MsalSignIn {
  readonly getToken: TokenProvider;
  /** 'nested': the host (Outlook, Teams) brokers tokens; 'popup': the standard browser flow. */
  readonly mode: 'nested' | 'popup';
}

/**
 * MSAL for the current host: nested app authentication where the host supports it, the standard
 * public client with a popup otherwise. msal-browser is loaded here with import(), so it never
 * lands in the initial chunk.
 */
export async function createMsalSignIn(options: {
  readonly config: AuthConfig;
  readonly host: HostKindForAuth;
  readonly loginHint?: string;
  readonly probes?: NaaProbes;
}): Promise<MsalSignIn> {
  const msal = await import('@azure/msal-browser');
  const configuration: Configuration = {
    auth: {
      clientId: options.config.clientId,
      authority: options.config.authority,
      redirectUri: options.config.redirectUri ?? globalThis.location?.origin ?? '',
    },
    cache: { cacheLocation: 'localStorage' },
  };
  const nested = await canUseNestedAppAuth(options.host, options.probes);
  const app: IPublicClientApplication = nested
    ? await msal.createNestablePublicClientApplication(configuration)
    : await msal.createStandardPublicClientApplication(configuration);
  const getToken = createTokenProvider(app as unknown as MsalClientLike, {
    isInteractionRequired: (error) => error instanceof msal.InteractionRequiredAuthError,
    ...(options.loginHint !== undefined ? { loginHint: options.loginHint } : {}),
  });
  return { getToken, mode: nested ? 'nested' : 'popup' };
}
