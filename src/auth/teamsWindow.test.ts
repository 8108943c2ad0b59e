import { describe, expect, it } from 'vitest';
import { teamsWindowSignIn, type TeamsAuthentication } from './teamsWindow';

// teams-js authentication.authenticate({ url, width, height }) resolves with what the window passed to
// notifySuccess and rejects with notifyFailure's reason or "CancelledByUser"
// (https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/auth-flow-tab).
describe('sign-in through the Teams authentication window', () => {
  it('opens Kept’s own page with the scopes and the user’s address, and takes no token from the window', async () => {
    const urls: string[] = [];
    const authentication: TeamsAuthentication = {
      authenticate: async ({ url }) => {
        urls.push(url);
        return 'anything';
      },
    };
    const result = await teamsWindowSignIn(
      authentication,
      'https://kept.contoso.com/auth-teams.html',
    )({
      scopes: ['Sites.ReadWrite.All'],
      loginHint: 'alex@contoso.com',
    });
    expect(result).toEqual({});
    const url = new URL(urls[0] ?? '');
    expect(url.origin + url.pathname).toBe('https://kept.contoso.com/auth-teams.html');
    expect(url.searchParams.get('scopes')).toBe('Sites.ReadWrite.All');
    expect(url.searchParams.get('loginHint')).toBe('alex@contoso.com');
  });

  it('passes on the window’s failure', async () => {
    const authentication: TeamsAuthentication = { authenticate: () => Promise.reject(new Error('CancelledByUser')) };
    await expect(
      teamsWindowSignIn(authentication, 'https://kept.contoso.com/auth-teams.html')({ scopes: ['x'] }),
    ).rejects.toThrow('CancelledByUser');
  });
});
