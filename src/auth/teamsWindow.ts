import type { InteractiveSignIn } from './tokenProvider';

/**
 * Sign-in from a Teams tab without nested app authentication: Teams opens auth-teams.html in a
 * window of its own (teams-js `authentication.authenticate({ url })`, public in the type file;
 * https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/auth-flow-tab). That
 * page runs MSAL's redirect flow (src/auth/redirectSignIn.ts) and ends with
 * `authentication.notifySuccess` or `notifyFailure`. The token never travels through notifySuccess
 * (its type file: "should never contain the token … a malicious app might have opened the
 * authentication window"): the window leaves it in MSAL's cache (localStorage, same origin) and the
 * tab reads it silently. Microsoft notes that this fails where the browser partitions the tab's storage
 * from the window's (auth-tab-aad, "If experimental third-party storage partitioning is enabled …");
 * the token provider then says so instead of prompting again and again.
 */
export interface TeamsAuthentication {
  authenticate(parameters: { url: string; width?: number; height?: number }): Promise<string>;
}

export function teamsWindowSignIn(authentication: TeamsAuthentication, pageUrl: string): InteractiveSignIn {
  return async ({ scopes, loginHint }) => {
    const url = new URL(pageUrl);
    url.searchParams.set('scopes', scopes.join(' '));
    if (loginHint !== undefined && loginHint !== '') url.searchParams.set('loginHint', loginHint);
    await authentication.authenticate({ url: url.href, width: 600, height: 535 });
    return {};
  };
}
