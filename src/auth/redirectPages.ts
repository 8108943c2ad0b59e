import type { AuthConfig } from './types';

/** The page msal-browser's redirect bridge runs on (vite entry auth.html). */
export const REDIRECT_PAGE = 'auth.html';
/** The top-level relay page for popups opened from a cross-origin frame (vite entry auth-relay.html). */
export const POPUP_RELAY_PAGE = 'auth-relay.html';
/** The page Outlook's dialog opens for sign-in without nested app auth (vite entry auth-dialog.html). */
export const DIALOG_PAGE = 'auth-dialog.html';
/** The page Teams' authentication window opens for sign-in without nested app auth (auth-teams.html). */
export const TEAMS_WINDOW_PAGE = 'auth-teams.html';

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
 * sets it to `<base>/auth.html`), else auth.html beside the current page. The other sign-in pages sit
 * beside the redirect page: the Office dialog's and the Teams window's pages (same origin as the page
 * that opens them, as both APIs require), and the popup relay, used only inside a cross-origin frame.
 */
export function redirectPages(
  config: Pick<AuthConfig, 'redirectUri'>,
  win: Window | undefined,
): { redirectUri: string; dialogUri: string; teamsWindowUri: string; popupRelayUri?: string } {
  const here = win?.location.href ?? 'https://localhost/';
  const redirectUri = config.redirectUri ?? new URL(REDIRECT_PAGE, here).href;
  const beside = (page: string) => new URL(page, redirectUri).href;
  return {
    redirectUri,
    dialogUri: beside(DIALOG_PAGE),
    teamsWindowUri: beside(TEAMS_WINDOW_PAGE),
    ...(inCrossOriginFrame(win) ? { popupRelayUri: beside(POPUP_RELAY_PAGE) } : {}),
  };
}
