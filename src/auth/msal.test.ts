import { describe, expect, it } from 'vitest';
import { createMsalSignIn } from './msal';
import type { OfficeDialogHost } from './officeDialog';
import type { TeamsAuthentication } from './teamsWindow';

// Which sign-in each host gets when it does not broker tokens itself (nested app authentication):
// Outlook the Office dialog API, Teams its authentication window, a plain web page MSAL's popup
// (https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api,
// https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/auth-flow-tab).

const config = {
  clientId: '0b6f0a52-4c1e-4d7b-9a53-2f1c8e0d7a11',
  authority: 'https://login.microsoftonline.com/contoso.example',
};
const office: OfficeDialogHost = {
  context: { ui: { displayDialogAsync: () => undefined } },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  AsyncResultStatus: { Failed: 'failed' },
} as unknown as OfficeDialogHost;
const teamsAuthentication: TeamsAuthentication = { authenticate: async () => '' };
const naa = (answer: boolean) => ({
  outlookSupportsNaa: () => answer,
  teamsRecommendsNaa: async () => answer,
});

describe('the sign-in each host gets', () => {
  it('Outlook without nested app authentication signs in through the Office dialog, not a popup', async () => {
    const signIn = await createMsalSignIn({ config, host: 'outlook', probes: naa(false), office, teamsAuthentication });
    expect(signIn.mode).toBe('office-dialog');
  });

  it('Teams without nested app authentication signs in through its authentication window, not a popup', async () => {
    const signIn = await createMsalSignIn({ config, host: 'teams', probes: naa(false), office, teamsAuthentication });
    expect(signIn.mode).toBe('teams-window');
  });

  it('a plain web page signs in with the popup', async () => {
    const signIn = await createMsalSignIn({ config, host: 'browser', probes: naa(false), office, teamsAuthentication });
    expect(signIn.mode).toBe('popup');
  });

  it('where the host brokers tokens, neither window is used', async () => {
    for (const host of ['outlook', 'teams'] as const) {
      const signIn = await createMsalSignIn({ config, host, probes: naa(true), office, teamsAuthentication });
      expect(signIn.mode).toBe('nested');
    }
  });
});
