import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';
import { t } from '../../domain/i18n';

// The sign-in redirect page (auth.html): hands the identity provider's answer back to the Kept page
// that opened the popup or the silent sign-in frame, then closes. It must stay this small: it runs
// with the authorization code in its URL.
const locale = navigator.language || 'en';
const status = document.getElementById('status');
if (status !== null) status.textContent = t(locale, 'shell.auth.redirecting');

broadcastResponseToMainFrame().catch((error: unknown) => {
  console.error('Kept: the sign-in answer could not be handed back', error);
  if (status !== null) {
    status.textContent = t(locale, 'shell.auth.redirectFailed', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
});
