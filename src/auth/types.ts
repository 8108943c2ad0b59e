/**
 * What the rest of Kept knows about sign-in: a function that returns an access token for Microsoft
 * Graph with the delegated scopes asked for. Silent first; sign-in UI only when needed and allowed.
 */
export type TokenProvider = (scopes: readonly string[], options?: { interactive?: boolean }) => Promise<string>;

export interface AuthConfig {
  /** The app registration's client id (Entra ID). */
  readonly clientId: string;
  /** e.g. https://login.microsoftonline.com/organizations (the default) or a tenant's authority. */
  readonly authority: string;
  /**
   * Where the popup returns: the exact redirect URI registered in Entra ID, a page running MSAL's
   * redirect bridge. Default: auth.html beside the current page.
   */
  readonly redirectUri?: string;
}

/** Sign-in failed or was refused; `interactionNeeded` when only a silent attempt was allowed. */
export class SignInError extends Error {
  readonly interactionNeeded: boolean;
  constructor(message: string, options: { interactionNeeded: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'SignInError';
    this.interactionNeeded = options.interactionNeeded;
  }
}
