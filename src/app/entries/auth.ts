import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';
import { t } from '../../domain/i18n';
import { signInPageLanguage } from './signInPageLanguage';

// The sign-in redirect page (auth.html): hands the identity provider's answer back to the Kept page
// that opened the popup or the silent sign-in frame (or, for the redirect flow of Outlook's dialog and
// Teams' window, returns to the page that started it), then closes. It must stay this small: it runs
// with the authorization code in its URL. The answer goes back at once; the words follow when loaded.
const status = document.getElementById('status');
const language = signInPageLanguage();
void language.then((locale) => {
  if (status !== null && status.dataset.failed === undefined) status.textContent = t(locale, 'shell.auth.redirecting');
});

broadcastResponseToMainFrame().catch(async (error: unknown) => {
  console.error('Kept: the sign-in answer could not be handed back', error);
  const locale = await language;
  if (status !== null) {
    status.dataset.failed = 'true';
    status.textContent = t(locale, 'shell.auth.redirectFailed', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
});
