import { describe, expect, it } from 'vitest';
import { authConfigFromEnv } from './config';
import { canUseNestedAppAuth } from './nestedAppAuth';

describe('authConfigFromEnv', () => {
  it('is undefined without a client id, so the app stays on the local store', () => {
    expect(authConfigFromEnv({})).toBeUndefined();
    expect(authConfigFromEnv({ VITE_KEPT_CLIENT_ID: '  ' })).toBeUndefined();
  });

  it('defaults the authority to organizations (work and school accounts)', () => {
    expect(authConfigFromEnv({ VITE_KEPT_CLIENT_ID: 'abc' })).toEqual({
      clientId: 'abc',
      authority: 'https://login.microsoftonline.com/organizations',
    });
    expect(
      authConfigFromEnv({
        VITE_KEPT_CLIENT_ID: 'abc',
        VITE_KEPT_AUTHORITY: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
      })?.authority,
    ).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
  });
});

describe('canUseNestedAppAuth', () => {
  it('asks Outlook for NestedAppAuth 1.1 and Teams for its recommendation; never in a plain browser', async () => {
    expect(await canUseNestedAppAuth('outlook', { outlookSupportsNaa: () => true })).toBe(true);
    expect(await canUseNestedAppAuth('outlook', { outlookSupportsNaa: () => false })).toBe(false);
    expect(await canUseNestedAppAuth('teams', { teamsRecommendsNaa: async () => true })).toBe(true);
    expect(
      await canUseNestedAppAuth('browser', { outlookSupportsNaa: () => true, teamsRecommendsNaa: async () => true }),
    ).toBe(false);
  });

  it('says no in Outlook when Office.js is not there', async () => {
    expect(await canUseNestedAppAuth('outlook')).toBe(false);
  });
});
