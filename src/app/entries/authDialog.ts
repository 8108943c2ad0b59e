/// <reference types="office-js" />
import type { DialogSignInMessage } from '../../auth/officeDialog';
import { signInWindow } from './authWindow';

// auth-dialog.html: Outlook's dialog (Office.context.ui.displayDialogAsync, opened by the task pane
// when the host has no nested app authentication) signs in here and hands the result back with
// Office.context.ui.messageParent, which only the add-in that opened this dialog receives
// (https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api).
void Office.onReady().then(() =>
  signInWindow((outcome) => {
    const message: DialogSignInMessage = outcome.ok
      ? {
          kind: 'kept-sign-in',
          ok: true,
          accessToken: outcome.result.accessToken,
          ...(outcome.result.expiresOn === null ? {} : { expiresOn: outcome.result.expiresOn.toISOString() }),
          ...(outcome.result.account === null ? {} : { username: outcome.result.account.username }),
        }
      : { kind: 'kept-sign-in', ok: false, error: outcome.error };
    // Only a parent page on Kept's own origin may receive it, where Outlook can promise that (DialogOrigin
    // 1.1): another add-in listing Kept's domain could otherwise open this page and read the token.
    if (Office.context.requirements.isSetSupported('DialogOrigin', '1.1'))
      Office.context.ui.messageParent(JSON.stringify(message), { targetOrigin: window.location.origin });
    else Office.context.ui.messageParent(JSON.stringify(message));
  }),
);
