// Microsoft 365 edges, in Chromium against the built app:
// - Office.js is referenced in the <head> of outlook.html, the page Outlook opens; the standalone pages
//   fetch nothing from another origin (and taskpane.html?host=outlook never injects Office.js).
// - Sign-in outside nested app auth completes: Kept's createMsalSignIn (the real msal-browser) opens
//   the popup, the identity provider (faked at the network edge, not MSAL) redirects to the built
//   auth.html, whose redirect bridge hands the answer back; a plain web page inside a frame of another
//   site sends the popup through the built auth-relay.html, as msal-browser's popup relay is documented
//   to. (Outlook and Teams without nested app auth use their own windows: signInWindows.e2e.test.mjs.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fakeIdentityProvider, TENANT } from './fakeIdentityProvider.mjs';
import { launchBrowser, routeTestPage, screenshot, startApp } from './harness.mjs';

const CLIENT_ID = '0b6f0a52-4c1e-4d7b-9a53-2f1c8e0d7a11';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

let app;
let browser;

before(async () => {
  app = await startApp();
  browser = await launchBrowser({ width: 900, height: 700 });
  // The test page sits beside the built pages, so auth.html "beside the page" is the real one.
  await routeTestPage(browser, app.baseUrl, {
    entry: 'tests/e2e/fixtures/signInPage.ts',
    page: 'e2e-signin.html',
    title: 'Sign-in test',
    body: '<button id="sign-in" disabled>Sign in</button> <output id="result"></output>',
  });
});

after(async () => {
  await browser?.close();
  await app?.close();
});

/** Every URL the page (and its frames) asked for while `run` ran. */
async function requestsDuring(page, run) {
  const urls = [];
  const listener = (request) => urls.push(request.url());
  page.on('request', listener);
  await run();
  page.off('request', listener);
  return urls;
}

describe('Office.js only where Outlook loads Kept', () => {
  it('outlook.html references Office.js first in its <head>', async () => {
    const page = await browser.newPage();
    const urls = await requestsDuring(page, async () => {
      await page.goto(`${app.baseUrl}/outlook.html?host=outlook`);
      await page.waitForLoadState('networkidle');
    });
    assert.ok(urls.includes(OFFICE_JS), 'office.js is fetched');
    const first = await page.evaluate(() => {
      const script = document.querySelector('script');
      return { src: script?.getAttribute('src'), inHead: script?.parentElement === document.head };
    });
    assert.deepEqual(first, { src: OFFICE_JS, inHead: true });
    await page.close();
  });

  it('the standalone pages, and the standalone task pane asked for Outlook, fetch nothing from another origin', async () => {
    for (const path of [
      'index.html',
      'taskpane.html?item=demo-item-1',
      'overview.html',
      'meeting.html',
      'taskpane.html?host=outlook',
    ]) {
      const page = await browser.newPage();
      const urls = await requestsDuring(page, async () => {
        await page.goto(`${app.baseUrl}/${path}`);
        await page.getByRole('banner').first().waitFor();
        await page.waitForLoadState('networkidle');
      });
      const foreign = urls.filter((url) => !url.startsWith(app.baseUrl) && !url.startsWith('data:'));
      assert.deepEqual(foreign, [], path);
      assert.deepEqual(page.errors, [], path);
      await page.close();
    }
  });
});

describe('sign-in outside nested app authentication', () => {
  const signInUrl = () =>
    `${app.baseUrl}/e2e-signin.html?client=${CLIENT_ID}&authority=${encodeURIComponent(`https://login.microsoftonline.com/${TENANT}`)}`;
  const redirectUri = () => `${app.baseUrl}/auth.html`;

  /** The windows that load auth.html from now on: a sign-in popup, or the page's silent sign-in frame. */
  function redirectLandings() {
    const pages = [];
    browser.context.on('request', (request) => {
      if (request.isNavigationRequest() && request.url().startsWith(redirectUri())) pages.push(request.frame().page());
    });
    return pages;
  }

  /**
   * The test page's outcome, once it has one, and what every sign-in must show: a popup (not the page
   * itself) landed on the built auth.html, one code was redeemed for it, nothing logged an error.
   */
  async function expectToken(scope, page, log, landings) {
    const result = scope.locator('output#result');
    await result.filter({ hasText: /^(token|error):/ }).waitFor();
    assert.equal(await result.textContent(), 'token:fake-access-token-for-graph');
    assert.ok(
      landings.some((landed) => landed !== page),
      'a sign-in popup landed on auth.html',
    );
    assert.equal(log.token.length, 1);
    assert.equal(log.token[0].redirect_uri, redirectUri());
    assert.equal(log.token[0].grant_type, 'authorization_code');
    assert.deepEqual(page.errors, []);
    await page.close();
    await browser.context.unroute(/^https:\/\/login\.microsoftonline\.com\//);
  }

  it('the popup returns to auth.html, whose redirect bridge hands the code back, and the token arrives', async () => {
    const log = await fakeIdentityProvider(browser.context, { clientId: CLIENT_ID });
    const page = await browser.newPage();
    await page.goto(signInUrl());
    const landings = redirectLandings();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectToken(page, page, log, landings);
    // Silent first (prompt=none: no session, login_required), then the interactive popup; both return
    // to exactly the registered redirect page.
    assert.equal(log.authorize[0]?.prompt, 'none');
    assert.equal(log.authorize.filter((a) => a.prompt !== 'none').length, 1);
    assert.deepEqual([...new Set(log.authorize.map((a) => a.redirect_uri))], [redirectUri()]);
  });

  it('a web page inside a frame of another site signs in with the popup through auth-relay.html', async () => {
    const log = await fakeIdentityProvider(browser.context, { clientId: CLIENT_ID });
    // The "host": another site that frames a Kept web page.
    const hostUrl = app.baseUrl.replace('127.0.0.1', 'localhost') + '/host.html';
    await browser.context.route(hostUrl, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><title>Host</title><iframe title="Kept" src="${signInUrl()}" width="600" height="300"></iframe>`,
      }),
    );
    const page = await browser.newPage();
    await page.goto(hostUrl);
    const frame = page.frameLocator('iframe[title="Kept"]');
    const landings = redirectLandings();
    const relaySeen = page.waitForEvent('popup');
    await frame.getByRole('button', { name: 'Sign in' }).click();
    const relay = await relaySeen;
    // MSAL opens the popup blank, then sends it to the relay page on Kept's own origin.
    await relay.waitForURL((url) => url.href.startsWith(`${app.baseUrl}/auth-relay.html`));
    await relay.getByRole('heading', { name: 'Sign in to Microsoft 365' }).waitFor();
    await screenshot(relay, 'signin-relay');
    await relay.getByRole('button', { name: 'Continue to sign in' }).click();
    await expectToken(frame, page, log, landings);
  });
});
