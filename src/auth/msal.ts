import type { Configuration, IPublicClientApplication } from '@azure/msal-browser';
import { accountFor } from './accounts';
import { canUseNestedAppAuth, type HostKindForAuth, type NaaProbes } from './nestedAppAuth';
import { officeDialogSignIn, type OfficeDialogHost } from './officeDialog';
import { redirectPages } from './redirectPages';
import { teamsWindowSignIn, type TeamsAuthentication } from './teamsWindow';
import { createTokenProvider, type InteractiveSignIn, type MsalClientLike } from './tokenProvider';
import type { AuthConfig, TokenProvider } from './types';

export interface MsalSignIn {
  readonly getToken: TokenProvider;
  /**
   * 'nested': the host (Outlook, Teams) brokers tokens; 'office-dialog': Outlook without nested app
   * auth, through the Office dialog; 'teams-window': Teams without it, through Teams' authentication
   * window; 'popup': the plain web page, MSAL's own popup.
   */
  readonly mode: 'nested' | 'office-dialog' | 'teams-window' | 'popup';
}

/**
 * MSAL for the current host. msal-browser is loaded here with import(), so it never lands in the
 * initial chunk. Where the host brokers tokens (nested app authentication), the host signs in. Where
 * it does not, each host's documented way:
 * - Outlook: the Office dialog API (src/auth/officeDialog.ts) with auth-dialog.html;
 * - Teams: teams-js `authentication.authenticate` (src/auth/teamsWindow.ts) with auth-teams.html;
 * - a plain web page (the link fallback `overview.html?host=web`): MSAL's popup.
 * Both windows run MSAL's redirect flow (src/auth/redirectSignIn.ts) and come back through auth.html,
 * the one redirect URI registered in Entra ID (docs/deploy.md), which runs msal-browser v5's redirect
 * bridge; so do the popup and the hidden frame of silent sign-in. A popup opened from a frame of
 * another site cannot hand its answer back (storage and BroadcastChannel are partitioned by top-level
 * site), so a framed web page opens auth-relay.html first (`popupRelayUri`, protocol 2).
 */
export async function createMsalSignIn(options: {
  readonly config: AuthConfig;
  readonly host: HostKindForAuth;
  readonly loginHint?: string;
  readonly probes?: NaaProbes;
  /** The page's window (tests). */
  readonly window?: Window;
  /** Office.js (default: the page's `Office`, loaded by outlook.html). */
  readonly office?: OfficeDialogHost;
  /** teams-js `authentication` (default: the library, loaded on demand). */
  readonly teamsAuthentication?: TeamsAuthentication;
}): Promise<MsalSignIn> {
  const msal = await import('@azure/msal-browser');
  const win = options.window ?? globalThis.window;
  const pages = redirectPages(options.config, win);
  const nested = await canUseNestedAppAuth(options.host, options.probes);
  const hostSignIn = nested ? undefined : await hostWindow(options, pages, () => configuration);
  // Only MSAL's own popup needs the relay (a web page framed by another site).
  const popupRelay = !nested && hostSignIn === undefined && pages.popupRelayUri !== undefined;
  const configuration: Configuration = {
    auth: {
      clientId: options.config.clientId,
      authority: options.config.authority,
      redirectUri: pages.redirectUri,
      ...(popupRelay ? { popupRelayUri: pages.popupRelayUri, popupRelayProtocolVersion: 2 as const } : {}),
    },
    cache: { cacheLocation: 'localStorage' },
  };
  const app: IPublicClientApplication = nested
    ? await msal.createNestablePublicClientApplication(configuration)
    : await msal.createStandardPublicClientApplication(configuration);
  const getToken = createTokenProvider(app as unknown as MsalClientLike, {
    isInteractionRequired: (error) => error instanceof msal.InteractionRequiredAuthError,
    ...(options.loginHint !== undefined ? { loginHint: options.loginHint } : {}),
    ...(hostSignIn === undefined ? {} : { interactive: hostSignIn.interactive }),
  });
  return { getToken, mode: nested ? 'nested' : (hostSignIn?.mode ?? 'popup') };
}

/** The host's own sign-in window, where it has one. */
async function hostWindow(
  options: Parameters<typeof createMsalSignIn>[0],
  pages: ReturnType<typeof redirectPages>,
  configuration: () => Configuration,
): Promise<{ interactive: InteractiveSignIn; mode: 'office-dialog' | 'teams-window' } | undefined> {
  if (options.host === 'outlook') {
    const office = options.office ?? (typeof Office === 'undefined' ? undefined : (Office as OfficeDialogHost));
    return office === undefined
      ? undefined
      : { interactive: officeDialogSignIn(office, pages.dialogUri), mode: 'office-dialog' };
  }
  if (options.host === 'teams') {
    const authentication = options.teamsAuthentication ?? (await import('@microsoft/teams-js')).authentication;
    const signIn = teamsWindowSignIn(authentication, pages.teamsWindowUri);
    return {
      mode: 'teams-window',
      interactive: async (request) => {
        await signIn(request);
        // The window left the token in MSAL's cache (localStorage). A running client learns of that
        // only through a broadcast that may still be on its way; a new client reads the cache as it is.
        const { createStandardPublicClientApplication } = await import('@azure/msal-browser');
        const fresh = await createStandardPublicClientApplication(configuration());
        const account = accountFor(fresh.getAllAccounts(), request.loginHint);
        if (account === undefined) return {};
        const result = await fresh.acquireTokenSilent({ scopes: request.scopes, account });
        return { accessToken: result.accessToken, account: result.account };
      },
    };
  }
  return undefined;
}
