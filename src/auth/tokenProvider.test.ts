import { describe, expect, it } from 'vitest';
import { createTokenProvider, type MsalAccountLike, type MsalClientLike } from './tokenProvider';
import { SignInError } from './types';

class NeedsInteraction extends Error {}

function fakeMsal(
  options: { account?: MsalAccountLike; silentFails?: (scopes: string[]) => boolean; popupFails?: boolean } = {},
) {
  const calls: string[] = [];
  let active: MsalAccountLike | null = options.account ?? null;
  const client: MsalClientLike = {
    getActiveAccount: () => active,
    getAllAccounts: () => (active === null ? [] : [active]),
    setActiveAccount: (a) => {
      active = a;
    },
    acquireTokenSilent: async ({ scopes }) => {
      calls.push(`silent ${scopes.join(' ')}`);
      if (options.silentFails?.(scopes) === true) throw new NeedsInteraction('consent needed');
      return { accessToken: `silent:${scopes.join(' ')}` };
    },
    ssoSilent: async ({ scopes, loginHint }) => {
      calls.push(`sso ${scopes.join(' ')} ${loginHint ?? ''}`);
      if (options.account === undefined && options.silentFails !== undefined) throw new NeedsInteraction('no session');
      active = { username: loginHint ?? 'someone' };
      return { accessToken: `sso:${scopes.join(' ')}`, account: active };
    },
    acquireTokenPopup: async ({ scopes }) => {
      calls.push(`popup ${scopes.join(' ')}`);
      if (options.popupFails === true) throw new Error('user_cancelled');
      active = { username: 'alex@contoso.com' };
      return { accessToken: `popup:${scopes.join(' ')}`, account: active };
    },
  };
  return { client, calls };
}

const isInteractionRequired = (e: unknown) => e instanceof NeedsInteraction;

describe('createTokenProvider', () => {
  it('answers silently when it can', async () => {
    const { client, calls } = fakeMsal({ account: { username: 'alex@contoso.com' } });
    const getToken = createTokenProvider(client, { isInteractionRequired });
    expect(await getToken(['Sites.ReadWrite.All'])).toBe('silent:Sites.ReadWrite.All');
    expect(calls).toEqual(['silent Sites.ReadWrite.All']);
  });

  it('uses host single sign-on when no account is cached yet', async () => {
    const { client, calls } = fakeMsal();
    const getToken = createTokenProvider(client, { isInteractionRequired, loginHint: 'alex@contoso.com' });
    expect(await getToken(['Sites.ReadWrite.All'])).toBe('sso:Sites.ReadWrite.All');
    expect(calls).toEqual(['sso Sites.ReadWrite.All alex@contoso.com']);
    await getToken(['Sites.ReadWrite.All']);
    expect(calls.at(-1)).toBe('silent Sites.ReadWrite.All');
  });

  it('asks for consent incrementally: a popup only for the scope that needs it', async () => {
    const { client, calls } = fakeMsal({
      account: { username: 'alex@contoso.com' },
      silentFails: (s) => s.includes('Mail.ReadWrite'),
    });
    const getToken = createTokenProvider(client, { isInteractionRequired });
    await getToken(['Sites.ReadWrite.All']);
    expect(await getToken(['Mail.ReadWrite'])).toBe('popup:Mail.ReadWrite');
    expect(calls).toEqual(['silent Sites.ReadWrite.All', 'silent Mail.ReadWrite', 'popup Mail.ReadWrite']);
  });

  it('never shows UI when the caller says so', async () => {
    const { client, calls } = fakeMsal({ account: { username: 'a' }, silentFails: () => true });
    const getToken = createTokenProvider(client, { isInteractionRequired });
    const error = await getToken(['MailboxSettings.Read'], { interactive: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect((error as SignInError).interactionNeeded).toBe(true);
    expect(calls.some((c) => c.startsWith('popup'))).toBe(false);
  });

  it('does not open a popup for errors that are not about interaction (e.g. network)', async () => {
    const client = fakeMsal({ account: { username: 'a' } }).client;
    client.acquireTokenSilent = async () => {
      throw new Error('network_error');
    };
    const getToken = createTokenProvider(client, { isInteractionRequired });
    const error = (await getToken(['x']).catch((e: unknown) => e)) as SignInError;
    expect(error.interactionNeeded).toBe(false);
    expect(error.message).toContain('network_error');
  });

  it('reports a cancelled popup as a sign-in error', async () => {
    const { client } = fakeMsal({ account: { username: 'a' }, silentFails: () => true, popupFails: true });
    const getToken = createTokenProvider(client, { isInteractionRequired });
    await expect(getToken(['x'])).rejects.toThrow(/did not finish: user_cancelled/);
  });

  it('the Office dialog hands a token over: used until shortly before it expires, then the dialog opens again', async () => {
    const { client, calls } = fakeMsal({ silentFails: () => true });
    let clock = new Date('2026-12-01T09:00:00Z');
    let opened = 0;
    const getToken = createTokenProvider(client, {
      isInteractionRequired,
      now: () => clock,
      interactive: async ({ scopes }) => {
        opened += 1;
        calls.push(`dialog ${scopes.join(' ')}`);
        return { accessToken: `dialog-${opened}`, expiresOn: new Date('2026-12-01T10:00:00Z') };
      },
    });
    expect(await getToken(['Sites.ReadWrite.All'])).toBe('dialog-1');
    expect(await getToken(['Sites.ReadWrite.All'])).toBe('dialog-1');
    expect(calls.filter((c) => c.startsWith('popup'))).toEqual([]);
    clock = new Date('2026-12-01T09:56:00Z');
    expect(await getToken(['Sites.ReadWrite.All'])).toBe('dialog-2');
    expect(opened).toBe(2);
  });

  it('after the Teams window signed in (no token handed over), reads the token MSAL cached', async () => {
    let signedIn = false;
    const { client } = fakeMsal({ silentFails: () => !signedIn });
    const getToken = createTokenProvider(client, {
      isInteractionRequired,
      interactive: async () => {
        signedIn = true;
        client.setActiveAccount({ username: 'alex@contoso.com' });
        return {};
      },
    });
    expect(await getToken(['Sites.ReadWrite.All'])).toBe('silent:Sites.ReadWrite.All');
  });

  it('says so when the window signed in but this page cannot see it (storage kept apart)', async () => {
    const { client } = fakeMsal({ silentFails: () => true });
    const getToken = createTokenProvider(client, { isInteractionRequired, interactive: async () => ({}) });
    const error = await getToken(['x']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect((error as SignInError).message).toMatch(
      /signed in to Microsoft 365 in the sign-in window, but this page cannot see/,
    );
  });
});
