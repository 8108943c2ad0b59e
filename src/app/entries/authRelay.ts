import { runPopupRelay } from '@azure/msal-browser/popup-relay';
import { authConfigFromEnv } from '../../auth/config';
import { t } from '../../domain/i18n';
import { signInPageLanguage } from './signInPageLanguage';

// The popup relay page (auth-relay.html), opened by MSAL when Kept signs in from a cross-origin frame.
// The identity provider's popup must be opened from a click (popup blockers), hence the button. The
// relay may only send that popup to this build's authority.
const byId = (id: string) => document.getElementById(id);
const button = byId('continue') as HTMLButtonElement | null;
const status = byId('status');
const title = byId('title');
const explain = byId('explain');
let locale = 'en';

/** The page's words, in English at once and again in the reader's language once that has loaded. */
function showWords() {
  if (title !== null) title.textContent = t(locale, 'shell.auth.relayTitle');
  if (explain !== null) explain.textContent = t(locale, 'shell.auth.relayExplain');
  if (button !== null) button.textContent = t(locale, 'shell.auth.relayContinue');
}
showWords();
void signInPageLanguage().then((loaded) => {
  locale = loaded;
  showWords();
});

const authority = authConfigFromEnv()?.authority ?? 'https://login.microsoftonline.com/organizations';

if (button !== null) {
  button.disabled = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    if (status !== null) status.textContent = t(locale, 'shell.auth.relayWaiting');
    try {
      runPopupRelay({ protocolVersion: 2, allowedAuthorityOrigins: [new URL(authority).origin] });
    } catch (error) {
      button.disabled = false;
      if (status !== null) {
        status.textContent = t(locale, 'shell.auth.redirectFailed', {
          detail: error instanceof Error ? error.message : String(error),
        });
      }
    }
  });
}
