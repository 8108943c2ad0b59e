import { SignInError, type TokenProvider } from './types';

/** The part of MSAL's IPublicClientApplication the token provider uses (tests pass a fake). */
export interface MsalAccountLike {
  readonly username?: string;
  readonly homeAccountId?: string;
}

export interface MsalClientLike {
  getActiveAccount(): MsalAccountLike | null;
  getAllAccounts(): MsalAccountLike[];
  setActiveAccount(account: MsalAccountLike | null): void;
  acquireTokenSilent(request: {
    scopes: string[];
    account: MsalAccountLike;
  }): Promise<{ accessToken: string; account?: MsalAccountLike | null }>;
  ssoSilent(request: {
    scopes: string[];
    loginHint?: string;
  }): Promise<{ accessToken: string; account?: MsalAccountLike | null }>;
  acquireTokenPopup(request: {
    scopes: string[];
    loginHint?: string;
  }): Promise<{ accessToken: string; account?: MsalAccountLike | null }>;
}

/**
 * What an interactive sign-in gives back. The popup leaves its result in MSAL's cache as well; the
 * Office dialog hands the token over (its MSAL cache is the dialog's, not the task pane's), with when
 * it expires; the Teams authentication window hands nothing over (teams-js: a token never goes through
 * notifySuccess) and leaves it in MSAL's cache for the tab to read silently.
 */
export interface InteractiveResult {
  readonly accessToken?: string;
  readonly account?: MsalAccountLike | null;
  /** The handed-over token is used for these scopes until then (a few minutes early). */
  readonly expiresOn?: Date;
}

/** Sign-in with UI, as the host allows it: popup, Office dialog or Teams authentication window. */
export type InteractiveSignIn = (request: { scopes: string[]; loginHint?: string }) => Promise<InteractiveResult>;

export interface TokenProviderOptions {
  /** True for MSAL's InteractionRequiredAuthError (consent missing, session expired, MFA…). */
  readonly isInteractionRequired: (error: unknown) => boolean;
  /** The signed-in user's address from the host, so the popup or SSO picks the right account. */
  readonly loginHint?: string;
  /** Default: MSAL's popup (`acquireTokenPopup`). */
  readonly interactive?: InteractiveSignIn;
  /** Default: the system clock (tests pass their own). */
  readonly now?: () => Date;
}

/** A handed-over token is not used in its last five minutes. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

/**
 * Silent first (cached or refreshed token), then — only on an interaction-required error and when
 * the caller allows it — the host's interactive sign-in (`options.interactive`: a popup, the Office
 * dialog, the Teams authentication window; under nested app auth the host's own prompt). Scopes are asked
 * per call, so consent grows with the features used (incremental consent). One interactive prompt
 * at a time: callers that need one while another is open wait for it and then try silently again.
 */
export function createTokenProvider(client: MsalClientLike, options: TokenProviderOptions): TokenProvider {
  let prompting: Promise<unknown> | undefined;
  const now = options.now ?? (() => new Date());
  const interactive: InteractiveSignIn = options.interactive ?? ((request) => client.acquireTokenPopup(request));
  /** Tokens an interactive sign-in handed over that MSAL's cache here does not hold, by the scopes asked. */
  let handed: { scopes: ReadonlySet<string>; token: string; until: number }[] = [];

  const handedFor = (scopes: readonly string[]): string | undefined => {
    const at = now().getTime();
    handed = handed.filter((h) => h.until > at);
    return handed.find((h) => scopes.every((s) => h.scopes.has(s)))?.token;
  };

  const remember = (account: MsalAccountLike | null | undefined) => {
    if (account !== undefined && account !== null) client.setActiveAccount(account);
  };

  async function silent(scopes: string[]): Promise<string> {
    const account = client.getActiveAccount() ?? client.getAllAccounts()[0];
    if (account !== undefined && account !== null) {
      const result = await client.acquireTokenSilent({ scopes, account });
      remember(result.account);
      return result.accessToken;
    }
    // No account cached yet: single sign-on from the host session (no UI).
    const result = await client.ssoSilent({
      scopes,
      ...(options.loginHint !== undefined ? { loginHint: options.loginHint } : {}),
    });
    remember(result.account);
    return result.accessToken;
  }

  return async (scopes, callOptions = {}) => {
    const wanted = [...new Set(scopes)];
    if (prompting !== undefined) await prompting.catch(() => undefined);
    const held = handedFor(wanted);
    if (held !== undefined) return held;
    try {
      return await silent(wanted);
    } catch (error) {
      if (!options.isInteractionRequired(error)) {
        throw new SignInError(`Signing in to Microsoft 365 failed: ${describe(error)}`, {
          interactionNeeded: false,
          cause: error,
        });
      }
      if (callOptions.interactive === false) {
        throw new SignInError('Microsoft 365 needs you to sign in or consent first.', {
          interactionNeeded: true,
          cause: error,
        });
      }
    }
    const prompt = interactive({
      scopes: wanted,
      ...(options.loginHint !== undefined ? { loginHint: options.loginHint } : {}),
    });
    prompting = prompt;
    let result: InteractiveResult;
    try {
      result = await prompt;
    } catch (error) {
      throw new SignInError(`Signing in to Microsoft 365 did not finish: ${describe(error)}`, {
        interactionNeeded: true,
        cause: error,
      });
    } finally {
      if (prompting === prompt) prompting = undefined;
    }
    remember(result.account);
    if (result.accessToken !== undefined) {
      if (result.expiresOn !== undefined) {
        handed.push({
          scopes: new Set(wanted),
          token: result.accessToken,
          until: result.expiresOn.getTime() - EXPIRY_MARGIN_MS,
        });
      }
      return result.accessToken;
    }
    // The sign-in happened in a window of its own, which left the token in MSAL's cache: read it.
    try {
      return await silent(wanted);
    } catch (error) {
      throw new SignInError(
        'You signed in to Microsoft 365 in the sign-in window, but this page cannot see that sign-in ' +
          `(the browser keeps this page's storage apart from the window's): ${describe(error)}`,
        { interactionNeeded: true, cause: error },
      );
    }
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
