import { describe, expect, it } from 'vitest';
import { officeDialogSignIn, type OfficeDialogHost } from './officeDialog';

/**
 * A fake of Office's dialog API as Outlook documents it
 * (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins,
 * https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events): displayDialogAsync
 * answers through its callback (Failed with a code such as 12009 when the user blocks it); the dialog
 * page's messageParent arrives as DialogMessageReceived ({ message, origin }, origin undefined on
 * clients without DialogOrigin 1.1); the user closing it arrives as DialogEventReceived { error: 12006 }.
 */
function fakeOffice(options: { openFails?: number } = {}) {
  const opened: string[] = [];
  const handlers = new Map<
    string,
    (args: { message: string; origin: string | undefined } | { error: number }) => void
  >();
  let closed = 0;
  const office = {
    context: {
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
          opened.push(url);
          if (options.openFails !== undefined) {
            callback({ status: 'failed', error: { code: options.openFails } });
            return;
          }
          callback({
            status: 'succeeded',
            value: {
              addEventHandler: (type: string, handler: never) => handlers.set(type, handler),
              close: () => (closed += 1),
            },
          });
        },
      },
    },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    AsyncResultStatus: { Failed: 'failed' },
  } as unknown as OfficeDialogHost;
  return {
    office,
    opened,
    closedCount: () => closed,
    message: (message: unknown, origin: string | undefined = 'https://kept.contoso.com') =>
      handlers.get('dialogMessageReceived')?.({ message: JSON.stringify(message), origin }),
    userCloses: () => handlers.get('dialogEventReceived')?.({ error: 12006 }),
  };
}

const PAGE = 'https://kept.contoso.com/auth-dialog.html';

describe('sign-in through the Office dialog', () => {
  it('opens Kept’s own dialog page with the scopes and the user’s address, and takes the token it sends back', async () => {
    const fake = fakeOffice();
    const signIn = officeDialogSignIn(fake.office, PAGE);
    const result = signIn({ scopes: ['Sites.ReadWrite.All', 'User.Read'], loginHint: 'alex@contoso.com' });
    const url = new URL(fake.opened[0] ?? '');
    expect(url.origin + url.pathname).toBe(PAGE);
    expect(url.searchParams.get('scopes')).toBe('Sites.ReadWrite.All User.Read');
    expect(url.searchParams.get('loginHint')).toBe('alex@contoso.com');
    fake.message({ kind: 'kept-sign-in', ok: true, accessToken: 'token-1', expiresOn: '2026-12-01T10:00:00.000Z' });
    await expect(result).resolves.toEqual({ accessToken: 'token-1', expiresOn: new Date('2026-12-01T10:00:00.000Z') });
    expect(fake.closedCount()).toBe(1);
  });

  it('ignores a message from another origin and one that is not Kept’s', async () => {
    const fake = fakeOffice();
    const result = officeDialogSignIn(fake.office, PAGE)({ scopes: ['User.Read'] });
    fake.message({ kind: 'kept-sign-in', ok: true, accessToken: 'stolen' }, 'https://evil.example');
    fake.message({ hello: 'world' });
    fake.message({ kind: 'kept-sign-in', ok: true, accessToken: 'token-2' }, undefined);
    await expect(result).resolves.toEqual({ accessToken: 'token-2' });
  });

  it('says what went wrong: the page’s own error, the user closing the window, a blocked dialog', async () => {
    const failing = fakeOffice();
    const failed = officeDialogSignIn(failing.office, PAGE)({ scopes: ['User.Read'] });
    failing.message({ kind: 'kept-sign-in', ok: false, error: 'AADSTS65001: consent required' });
    await expect(failed).rejects.toThrow('AADSTS65001: consent required');

    const closing = fakeOffice();
    const closed = officeDialogSignIn(closing.office, PAGE)({ scopes: ['User.Read'] });
    closing.userCloses();
    await expect(closed).rejects.toThrow('the sign-in window was closed');

    const blocked = fakeOffice({ openFails: 12009 });
    await expect(officeDialogSignIn(blocked.office, PAGE)({ scopes: ['User.Read'] })).rejects.toThrow(
      'the sign-in window was not allowed to open',
    );
  });
});
