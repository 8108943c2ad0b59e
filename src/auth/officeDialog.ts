/// <reference types="office-js" />
import type { InteractiveSignIn } from './tokenProvider';

/**
 * Sign-in from Outlook without nested app authentication, through the Office dialog API, as
 * Microsoft requires of add-ins ("Always use the Office dialog API to authenticate … also if you're
 * implementing fallback authentication", https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api).
 * The task pane opens auth-dialog.html (same origin, as displayDialogAsync demands) in a dialog of
 * its own browser instance; that page runs MSAL's redirect flow (src/auth/redirectSignIn.ts) and
 * hands the result back with `Office.context.ui.messageParent`, as Microsoft's sample does
 * (https://learn.microsoft.com/samples/officedev/office-add-in-samples/outlook-add-in-sso-naa). The
 * token stays in this page's memory until it expires: the dialog's MSAL cache is the dialog's.
 *
 * Outlook has displayDialogAsync and messageParent from Mailbox 1.4 (their type file), below the
 * manifest's Mailbox 1.8; tests/api/publicApis.test.ts checks it.
 */

/** The message auth-dialog.html sends back (JSON through messageParent). */
export type DialogSignInMessage =
  | {
      readonly kind: 'kept-sign-in';
      readonly ok: true;
      readonly accessToken: string;
      /** ISO instant. */
      readonly expiresOn?: string;
      readonly username?: string;
    }
  | { readonly kind: 'kept-sign-in'; readonly ok: false; readonly error: string };

/** The part of Office.js this needs, typed with @types/office-js. */
export interface OfficeDialogHost {
  readonly context: { readonly ui: Pick<Office.UI, 'displayDialogAsync'> };
  readonly EventType: Pick<typeof Office.EventType, 'DialogMessageReceived' | 'DialogEventReceived'>;
  readonly AsyncResultStatus: Pick<typeof Office.AsyncResultStatus, 'Failed'>;
}

/** displayDialogAsync and DialogEventReceived error codes: https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events */
const DIALOG_ERRORS: Readonly<Record<number, string>> = {
  12002: 'the sign-in page could not be loaded',
  12003: 'the sign-in page was not served over https',
  12006: 'the sign-in window was closed',
  12007: 'another dialog of Kept is already open',
  12009: 'the sign-in window was not allowed to open',
  12011: "the browser's settings blocked the sign-in window (allow popups for Outlook on the web)",
};

export function describeDialogError(code: number | undefined): string {
  return (code === undefined ? undefined : DIALOG_ERRORS[code]) ?? `the sign-in window failed (${code ?? '?'})`;
}

export function officeDialogSignIn(office: OfficeDialogHost, pageUrl: string): InteractiveSignIn {
  return ({ scopes, loginHint }) =>
    new Promise((resolve, reject) => {
      const url = new URL(pageUrl);
      url.searchParams.set('scopes', scopes.join(' '));
      if (loginHint !== undefined && loginHint !== '') url.searchParams.set('loginHint', loginHint);
      office.context.ui.displayDialogAsync(url.href, { height: 60, width: 30 }, (opened) => {
        if (opened.status === office.AsyncResultStatus.Failed) {
          reject(new Error(describeDialogError(opened.error?.code)));
          return;
        }
        const dialog = opened.value;
        let settled = false;
        const finish = (outcome: () => void) => {
          if (settled) return;
          settled = true;
          dialog.close();
          outcome();
        };
        dialog.addEventHandler(office.EventType.DialogMessageReceived, (args) => {
          if (!('message' in args)) return;
          // Only Kept's own page may answer (DialogOrigin 1.1 gives the origin; older clients do not).
          if (args.origin !== undefined && args.origin !== url.origin) return;
          const message = readMessage(args.message);
          if (message === undefined) return;
          finish(() =>
            message.ok
              ? resolve({
                  accessToken: message.accessToken,
                  ...(message.expiresOn === undefined ? {} : { expiresOn: new Date(message.expiresOn) }),
                })
              : reject(new Error(message.error)),
          );
        });
        dialog.addEventHandler(office.EventType.DialogEventReceived, (args) => {
          finish(() => reject(new Error(describeDialogError('error' in args ? args.error : undefined))));
        });
      });
    });
}

function readMessage(text: string): DialogSignInMessage | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<DialogSignInMessage> | null;
    if (parsed?.kind !== 'kept-sign-in') return undefined;
    if (parsed.ok === true && typeof parsed.accessToken === 'string') return parsed as DialogSignInMessage;
    if (parsed.ok === false) return { kind: 'kept-sign-in', ok: false, error: String(parsed.error ?? 'unknown') };
    return undefined;
  } catch {
    return undefined;
  }
}
