// Dialogs that unmount when they close, in Chromium, on a page without the demo's top bar (as
// Outlook's pane and Teams' tab are): the page behind must come back to screen readers. Fluent's
// focus manager (tabster) hides it while the modal is open, and when the dialog was its only user,
// disposing it dropped the pending un-hiding: #root stayed aria-hidden (tabster#530). jsdom does
// not hide anything, so only a browser shows it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, routeTestPage, startApp } from './harness.mjs';

let app;
let browser;

before(async () => {
  app = await startApp();
  browser = await launchBrowser({ width: 900, height: 700 });
  await routeTestPage(browser, app.baseUrl, {
    entry: 'tests/e2e/fixtures/dialogsPage.tsx',
    page: 'e2e-dialogs.html',
    title: 'Dialogs test',
    body: '<div id="root"></div>',
  });
});

after(async () => {
  await browser?.close();
  await app?.close();
});

/** Elements of the page (not the dialog's own) that screen readers are told to skip. */
const hiddenPage = (page) =>
  page.evaluate(() =>
    [document.getElementById('root'), ...document.querySelectorAll('#root *')]
      .filter((element) => element?.getAttribute('aria-hidden') === 'true' && element.closest('svg, i') === null)
      .map((element) => element.id || element.tagName),
  );

describe('a dialog that unmounts when it closes', () => {
  for (const how of ['Close', 'Escape']) {
    it(`gives the page back to screen readers and the focus to its opener (closed by ${how})`, async () => {
      const page = await browser.newPage();
      await page.goto(`${app.baseUrl}/e2e-dialogs.html`);
      const opener = page.getByRole('button', { name: 'Weekly digest' });
      await opener.click();
      await page.getByRole('dialog', { name: 'Weekly digest' }).waitFor();
      // The modal hides the page behind it (tabster does so on a timer).
      await page.waitForFunction(() => document.getElementById('root')?.getAttribute('aria-hidden') === 'true');

      if (how === 'Close') await page.getByRole('button', { name: 'Close' }).click();
      else await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      // Tabster un-hides the page on a 250 ms timer: waited for, with room for a busy machine.
      await page
        .waitForFunction(() => document.getElementById('root')?.getAttribute('aria-hidden') !== 'true', undefined, {
          timeout: 3000,
        })
        .catch(() => undefined);

      assert.deepEqual(await hiddenPage(page), []);
      assert.equal(await opener.evaluate((button) => button === document.activeElement), true);
      await opener.click();
      assert.equal(await page.getByRole('dialog', { name: 'Weekly digest' }).isVisible(), true);
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }
});
