import { runPopupRelay } from '@azure/msal-browser/popup-relay';
import { authConfigFromEnv } from '../../auth/config';
import { t } from '../../domain/i18n';

// The popup relay page (auth-relay.html), opened by MSAL when Kept signs in from a cross-origin frame.
// The identity provider's popup must be opened from a click (popup blockers), hence the button. The
// relay may only send that popup to this build's authority.
const locale = navigator.language || 'en';
const byId = (id: string) => document.getElementById(id);
const button = byId('continue') as HTMLButtonElement | null;
const status = byId('status');
const title = byId('title');
const explain = byId('explain');

document.documentElement.lang = locale;
if (title !== null) title.textContent = t(locale, 'shell.auth.relayTitle');
if (explain !== null) explain.textContent = t(locale, 'shell.auth.relayExplain');

const authority = authConfigFromEnv()?.authority ?? 'https://login.microsoftonline.com/organizations';

if (button !== null) {
  button.textContent = t(locale, 'shell.auth.relayContinue');
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
