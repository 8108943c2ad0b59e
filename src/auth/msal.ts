import type { Configuration, IPublicClientApplication } from '@azure/msal-browser';
import { canUseNestedAppAuth, type HostKindForAuth, type NaaProbes } from './nestedAppAuth';
import { redirectPages } from './redirectPages';
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
 *
 * The popup (and the hidden frame of silent sign-in) returns to auth.html, whose only job is
 * msal-browser v5's redirect bridge (`broadcastResponseToMainFrame`); that exact URI is registered
 * in Entra ID (docs/deploy.md). Inside a cross-origin frame — Outlook on the web, Teams on the web
 * without nested app auth — the popup's BroadcastChannel cannot reach the frame (storage is
 * partitioned by top-level site), so MSAL opens auth-relay.html first (`popupRelayUri`, protocol 2),
 * which runs the IdP popup itself and hands the response back to the frame.
 */
export async function createMsalSignIn(options: {
  readonly config: AuthConfig;
  readonly host: HostKindForAuth;
  readonly loginHint?: string;
  readonly probes?: NaaProbes;
  /** The page's window (tests). */
  readonly window?: Window;
}): Promise<MsalSignIn> {
  const msal = await import('@azure/msal-browser');
  const win = options.window ?? globalThis.window;
  const pages = redirectPages(options.config, win);
  const configuration: Configuration = {
    auth: {
      clientId: options.config.clientId,
      authority: options.config.authority,
      redirectUri: pages.redirectUri,
      ...(pages.popupRelayUri === undefined
        ? {}
        : { popupRelayUri: pages.popupRelayUri, popupRelayProtocolVersion: 2 as const }),
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
