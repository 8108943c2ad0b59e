import type { AuthConfig } from './types';

/** The page msal-browser's redirect bridge runs on (vite entry auth.html). */
export const REDIRECT_PAGE = 'auth.html';
/** The top-level relay page for popups opened from a cross-origin frame (vite entry auth-relay.html). */
export const POPUP_RELAY_PAGE = 'auth-relay.html';

/**
 * Is this page inside a frame of another origin (Outlook on the web, Teams on the web)? Reading the
 * top window's origin throws exactly then.
 */
export function inCrossOriginFrame(win: Window | undefined): boolean {
  if (win === undefined || win.top === null || win.top === win) return false;
  try {
    return win.top.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}

/**
 * Where sign-in returns: the configured redirect URI (the one registered in Entra ID; `npm run package`
 * sets it to `<base>/auth.html`), else auth.html beside the current page. The relay page sits beside
 * the redirect page and is used only inside a cross-origin frame.
 */
export function redirectPages(
  config: Pick<AuthConfig, 'redirectUri'>,
  win: Window | undefined,
): { redirectUri: string; popupRelayUri?: string } {
  const here = win?.location.href ?? 'https://localhost/';
  const redirectUri = config.redirectUri ?? new URL(REDIRECT_PAGE, here).href;
  return inCrossOriginFrame(win)
    ? { redirectUri, popupRelayUri: new URL(POPUP_RELAY_PAGE, redirectUri).href }
    : { redirectUri };
}
