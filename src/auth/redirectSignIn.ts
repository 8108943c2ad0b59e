import {
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AuthenticationResult,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { accountFor } from './accounts';
import { redirectPages } from './redirectPages';
import type { AuthConfig } from './types';

/**
 * The sign-in of a window of its own — the Office dialog (auth-dialog.html) or the Teams
 * authentication window (auth-teams.html) — with MSAL's redirect flow, as msal-browser documents it
 * for v5 (lib/msal-browser/docs/login-user.md, redirect-bridge.md):
 * 1. opened with `?scopes=…&loginHint=…`: a token MSAL already holds for this window (refreshed
 *    silently) is enough; otherwise `acquireTokenRedirect` sends the window to Microsoft's sign-in;
 * 2. Microsoft sends it back to the registered redirect URI, auth.html, whose redirect bridge
 *    (`broadcastResponseToMainFrame`) sees a redirect flow and returns to the page that started it,
 *    keeping the answer in the window's sessionStorage;
 * 3. that page calls `handleRedirectPromise()`, which redeems the code: the result.
 * Finishing in the window (not handing the code to the task pane or tab to redeem) is what MSAL
 * documents: the PKCE verifier and state live in the window that started the request.
 */
export type RedirectSignInOutcome =
  | { readonly ok: true; readonly result: AuthenticationResult }
  | { readonly ok: false; readonly error: string }
  /** The window is on its way to Microsoft's sign-in. */
  | { readonly ok: 'redirecting' };

/** Marks a redirect this window started, so a return without an answer ends instead of looping. */
const STARTED_KEY = 'kept.signIn.redirectStarted';

export async function runRedirectSignIn(options: {
  readonly config: AuthConfig;
  readonly window: Window;
  /** Tests pass a prepared client. */
  readonly client?: IPublicClientApplication;
}): Promise<RedirectSignInOutcome> {
  const win = options.window;
  const client =
    options.client ??
    (await createStandardPublicClientApplication({
      auth: {
        clientId: options.config.clientId,
        authority: options.config.authority,
        redirectUri: redirectPages(options.config, win).redirectUri,
      },
      cache: { cacheLocation: 'localStorage' },
    }));
  const started = win.sessionStorage.getItem(STARTED_KEY);
  win.sessionStorage.removeItem(STARTED_KEY);
  try {
    const answer = await client.handleRedirectPromise();
    if (answer !== null) {
      if (answer.account !== null) client.setActiveAccount(answer.account);
      return { ok: true, result: answer };
    }
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
  if (started !== null) return { ok: false, error: 'Microsoft’s sign-in returned without an answer.' };

  const params = new URLSearchParams(win.location.search);
  const scopes = (params.get('scopes') ?? '').split(' ').filter((s) => s !== '');
  const loginHint = params.get('loginHint') ?? undefined;
  if (scopes.length === 0) return { ok: false, error: 'The sign-in window was opened without scopes.' };

  const account = accountFor(client.getAllAccounts(), loginHint);
  if (account !== undefined) {
    try {
      const result = await client.acquireTokenSilent({ scopes, account });
      return { ok: true, result };
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) return { ok: false, error: describe(error) };
    }
  }
  win.sessionStorage.setItem(STARTED_KEY, '1');
  await client.acquireTokenRedirect({ scopes, ...(loginHint === undefined ? {} : { loginHint }) });
  return { ok: 'redirecting' };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
