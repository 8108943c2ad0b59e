import { authConfigFromEnv } from '../../auth/config';
import { runRedirectSignIn, type RedirectSignInOutcome } from '../../auth/redirectSignIn';
import { t } from '../../domain/i18n';
import { signInPageLanguage } from './signInPageLanguage';

/**
 * What the two sign-in windows share (auth-dialog.html for Outlook's dialog, auth-teams.html for
 * Teams' authentication window): say what is happening, run MSAL's redirect flow with this build's
 * app registration, and hand the outcome to the host's way back (`reply`), unless the window is on
 * its way to Microsoft's sign-in. The configuration comes from the build only, never from the URL,
 * so nobody can send this page to another authority.
 */
export async function signInWindow(
  reply: (outcome: Exclude<RedirectSignInOutcome, { ok: 'redirecting' }>) => void,
): Promise<void> {
  const locale = await signInPageLanguage();
  const status = document.getElementById('status');
  if (status !== null) status.textContent = t(locale, 'shell.auth.redirecting');
  const config = authConfigFromEnv();
  const outcome: RedirectSignInOutcome =
    config === undefined
      ? { ok: false, error: 'This build of Kept has no Microsoft 365 app registration.' }
      : await runRedirectSignIn({ config, window });
  if (outcome.ok === 'redirecting') return;
  if (!outcome.ok) {
    console.error('Kept: sign-in did not finish', outcome.error);
    if (status !== null) status.textContent = t(locale, 'shell.auth.redirectFailed', { detail: outcome.error });
  }
  reply(outcome);
}
