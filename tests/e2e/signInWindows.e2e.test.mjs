// Sign-in without nested app authentication from Outlook and Teams, in Chromium. Outlook: Kept's createMsalSignIn (the
// real msal-browser) in a page that plays Outlook on the web's dialog API (fixtures/fakeOutlookDialogs.ts)
// opens the built auth-dialog.html with displayDialogAsync; that page runs MSAL's redirect flow against
// the identity provider faked at the network edge (fakeIdentityProvider.mjs), comes back through the
// built auth.html (redirect bridge), redeems the code and hands the token back with messageParent
// (https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api).
// Teams: the page plays Teams on the web's authentication window (fixtures/fakeTeamsWindow.ts) and opens the
// built auth-teams.html; the same redirect flow ends with notifySuccess, which carries no token, and the tab
// then reads the token from MSAL's cache (https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/auth-flow-tab).
//
// The sign-in pages are built here with an app registration (VITE_KEPT_CLIENT_ID, as `npm run package`
// builds them), in memory, and served from a loopback server of their own (a secure context, as the
// dialog API's https rule asks); the test page sits on the same origin, as the dialog API demands.
// (Page routes cannot serve them: Chromium does not route the navigation that follows the identity
// provider's redirect back.)
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { fakeIdentityProvider, TENANT } from './fakeIdentityProvider.mjs';
import { launchBrowser, root, screenshot } from './harness.mjs';

const CLIENT_ID = '5d1c7a3e-2b9f-4e61-8c0a-7f3e9b2d4a10';
const AUTHORITY = `https://login.microsoftonline.com/${TENANT}`;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/**
 * Office.js in the dialog, as far as auth-dialog.html uses it: Office.onReady, and messageParent, which
 * delivers the message to the page that opened the dialog (fakeOutlookDialogs.ts turns it into
 * DialogMessageReceived with this window's origin).
 */
const FAKE_DIALOG_OFFICE_JS = `window.Office = {
  onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
  context: { ui: { messageParent: (message) => window.opener.postMessage({ officeDialogMessage: message }, location.origin) } },
};`;

let browser;
let server;
/** The loopback origin the sign-in pages are served on. */
let ORIGIN;
/** Files served on ORIGIN, by path. */
const files = new Map();

async function buildInMemory(config) {
  const output = await build({ configFile: false, root, logLevel: 'silent', ...config });
  for (const result of Array.isArray(output) ? output : [output]) {
    for (const file of result.output) files.set(`/${file.fileName}`, file.type === 'chunk' ? file.code : file.source);
  }
}

before(async () => {
  process.env.VITE_KEPT_CLIENT_ID = CLIENT_ID;
  process.env.VITE_KEPT_AUTHORITY = AUTHORITY;
  await buildInMemory({
    base: '/',
    build: {
      write: false,
      target: 'es2022',
      rollupOptions: {
        input: Object.fromEntries(
          ['auth', 'auth-dialog', 'auth-teams'].map((page) => [page, join(root, `${page}.html`)]),
        ),
      },
    },
  });
  await buildInMemory({
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      lib: { entry: join(root, 'tests/e2e/fixtures/signInPage.ts'), formats: ['es'], fileName: () => 'e2e/signin.js' },
    },
  });
  files.set(
    '/e2e-signin.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outlook task pane</title></head>
<body><button id="sign-in" disabled>Sign in</button> <output id="result"></output>
<script type="module" src="/e2e/signin.js"></script></body></html>`,
  );
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const body = files.get(path);
    if (body === undefined) return response.writeHead(404).end('not found');
    const type = path.endsWith('.html') ? 'text/html' : path.endsWith('.js') ? 'text/javascript' : 'text/plain';
    response.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` }).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  ORIGIN = `http://localhost:${server.address().port}`;
  browser = await launchBrowser({ width: 900, height: 700 });
  await browser.context.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_DIALOG_OFFICE_JS }),
  );
});

after(async () => {
  delete process.env.VITE_KEPT_CLIENT_ID;
  delete process.env.VITE_KEPT_AUTHORITY;
  await browser?.close();
  await new Promise((done) => (server === undefined ? done() : server.close(() => done())));
});

describe('sign-in from Outlook without nested app authentication', () => {
  it('goes through the Office dialog: auth-dialog.html runs the redirect flow, auth.html brings it back, messageParent hands the token over', async () => {
    const log = await fakeIdentityProvider(browser.context, { clientId: CLIENT_ID });
    /** Every page of Kept's origin the dialog window navigated to, in order. */
    const dialogPages = [];
    const page = await browser.newPage();
    await page.goto(
      `${ORIGIN}/e2e-signin.html?host=outlook&client=${CLIENT_ID}&authority=${encodeURIComponent(AUTHORITY)}&loginHint=alex@contoso.example`,
    );
    let dialog;
    page.on('popup', (popup) => {
      dialog = popup;
      popup.on('framenavigated', (frame) => {
        if (frame === popup.mainFrame() && frame.url().startsWith(ORIGIN))
          dialogPages.push(new URL(frame.url()).pathname);
      });
      popup.on('console', (message) => {
        if (message.type() === 'error') page.errors.push(`dialog console: ${message.text()}`);
      });
    });
    await page.getByRole('button', { name: 'Sign in' }).click();

    const result = page.locator('output#result');
    await result.filter({ hasText: /^(token|error):/ }).waitFor();
    assert.equal(await result.textContent(), 'token:fake-access-token-for-graph', page.errors.join('\n'));
    assert.ok(dialog !== undefined, 'the dialog opened a window');

    // The dialog opened Kept's own page with the scopes and the user's address.
    const opened = await page.evaluate(() => window.openedDialogs);
    assert.equal(opened.length, 1);
    const url = new URL(opened[0]);
    assert.equal(`${url.origin}${url.pathname}`, `${ORIGIN}/auth-dialog.html`);
    assert.equal(url.searchParams.get('scopes'), 'Sites.ReadWrite.All');
    assert.equal(url.searchParams.get('loginHint'), 'alex@contoso.example');
    // Silent first in the task pane (prompt=none answers login_required), then one interactive request
    // from the dialog, sent with the redirect flow to exactly the registered redirect page.
    assert.equal(log.authorize[0]?.prompt, 'none');
    const interactive = log.authorize.filter((a) => a.prompt !== 'none');
    assert.equal(interactive.length, 1);
    assert.equal(interactive[0].login_hint, 'alex@contoso.example');
    // MSAL's library state (base64 JSON) says which flow sent it: the redirect flow, not a popup.
    const state = JSON.parse(Buffer.from(interactive[0].state.split('|')[0], 'base64').toString());
    assert.equal(state.meta?.interactionType, 'redirect');
    assert.deepEqual([...new Set(log.authorize.map((a) => a.redirect_uri))], [`${ORIGIN}/auth.html`]);
    // The dialog came back through auth.html to auth-dialog.html, which redeemed the one code.
    assert.deepEqual(dialogPages, ['/auth.html', '/auth-dialog.html']);
    assert.equal(log.token.length, 1);
    assert.equal(log.token[0].redirect_uri, `${ORIGIN}/auth.html`);
    assert.equal(log.token[0].grant_type, 'authorization_code');
    // The task pane closed the dialog once it had the token, and nothing logged an error.
    if (!dialog.isClosed()) await dialog.waitForEvent('close');
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'signin-outlook-dialog');
    await page.close();
  });
});

describe('sign-in from Teams without nested app authentication', () => {
  it('goes through Teams’ authentication window: auth-teams.html signs in, notifySuccess carries no token, the tab reads it silently', async (t) => {
    // A profile of its own: nobody has signed in on this origin yet.
    const teamsBrowser = await launchBrowser({ width: 900, height: 700 });
    t.after(() => teamsBrowser.close());
    const log = await fakeIdentityProvider(teamsBrowser.context, { clientId: CLIENT_ID });
    const windowPages = [];
    const messagesFromWindow = [];
    const page = await teamsBrowser.newPage();
    await page.exposeFunction('recordWindowMessage', (func) => messagesFromWindow.push(func));
    await page.goto(
      `${ORIGIN}/e2e-signin.html?host=teams&client=${CLIENT_ID}&authority=${encodeURIComponent(AUTHORITY)}`,
    );
    let signInWindow;
    page.on('popup', (popup) => {
      signInWindow = popup;
      popup.on('framenavigated', (frame) => {
        if (frame === popup.mainFrame() && frame.url().startsWith(ORIGIN))
          windowPages.push(new URL(frame.url()).pathname);
      });
      popup.on('console', (message) => {
        if (message.type() === 'error') page.errors.push(`window console: ${message.text()}`);
      });
    });
    await page.evaluate(() =>
      window.addEventListener('message', (event) => {
        if (typeof event.data?.func === 'string') window.recordWindowMessage(event.data.func);
      }),
    );
    await page.getByRole('button', { name: 'Sign in' }).click();

    const result = page.locator('output#result');
    await result.filter({ hasText: /^(token|error):/ }).waitFor();
    assert.equal(await result.textContent(), 'token:fake-access-token-for-graph', page.errors.join('\n'));
    assert.ok(signInWindow !== undefined, 'Teams opened a window');
    const opened = await page.evaluate(() => window.openedDialogs);
    assert.equal(opened.length, 1);
    const url = new URL(opened[0]);
    assert.equal(`${url.origin}${url.pathname}`, `${ORIGIN}/auth-teams.html`);
    assert.equal(url.searchParams.get('scopes'), 'Sites.ReadWrite.All');
    // The window went to Microsoft's sign-in with the redirect flow, came back through auth.html to
    // auth-teams.html, redeemed the one code there, and ended with notifySuccess.
    const interactive = log.authorize.filter((a) => a.prompt !== 'none');
    assert.equal(interactive.length, 1);
    const state = JSON.parse(Buffer.from(interactive[0].state.split('|')[0], 'base64').toString());
    assert.equal(state.meta?.interactionType, 'redirect');
    assert.deepEqual(windowPages, ['/auth.html', '/auth-teams.html']);
    // One code, redeemed in the window; the tab then reads the cache (and may refresh from it).
    const redeemed = log.token.filter((t) => t.grant_type === 'authorization_code');
    assert.equal(redeemed.length, 1);
    assert.equal(redeemed[0].redirect_uri, `${ORIGIN}/auth.html`);
    assert.ok(messagesFromWindow.includes('authentication.authenticate.success'), messagesFromWindow.join(', '));
    assert.deepEqual(page.errors, []);
    await page.close();
    if (!signInWindow.isClosed()) await signInWindow.close();
  });
});
