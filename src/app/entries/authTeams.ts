import { app, authentication } from '@microsoft/teams-js';
import { signInWindow } from './authWindow';

// auth-teams.html: Teams' authentication window (authentication.authenticate, opened by a tab when
// the host has no nested app authentication) signs in here and ends with notifySuccess or
// notifyFailure (https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/auth-flow-tab).
// No token goes through notifySuccess (its type file forbids it): MSAL's cache keeps it for the tab.
void app
  .initialize()
  .catch((error: unknown) => console.warn('Kept: this sign-in window runs outside Teams.', error))
  .then(() =>
    signInWindow((outcome) => {
      if (outcome.ok) authentication.notifySuccess();
      else authentication.notifyFailure(outcome.error);
    }),
  );
