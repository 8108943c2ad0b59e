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

export interface TokenProviderOptions {
  /** True for MSAL's InteractionRequiredAuthError (consent missing, session expired, MFA…). */
  readonly isInteractionRequired: (error: unknown) => boolean;
  /** The signed-in user's address from the host, so the popup or SSO picks the right account. */
  readonly loginHint?: string;
}

/**
 * Silent first (cached or refreshed token), then — only on an interaction-required error and when
 * the caller allows it — a popup (or the host's own prompt under nested app auth). Scopes are asked
 * per call, so consent grows with the features used (incremental consent). One interactive prompt
 * at a time: callers that need one while another is open wait for it and then try silently again.
 */
export function createTokenProvider(client: MsalClientLike, options: TokenProviderOptions): TokenProvider {
  let prompting: Promise<unknown> | undefined;

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
    const popup = client.acquireTokenPopup({
      scopes: wanted,
      ...(options.loginHint !== undefined ? { loginHint: options.loginHint } : {}),
    });
    prompting = popup;
    try {
      const result = await popup;
      remember(result.account);
      return result.accessToken;
    } catch (error) {
      throw new SignInError(`Signing in to Microsoft 365 did not finish: ${describe(error)}`, {
        interactionNeeded: true,
        cause: error,
      });
    } finally {
      if (prompting === popup) prompting = undefined;
    }
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
