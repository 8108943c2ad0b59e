// The foundation flow in standalone mode: create a commitment from a demo email with a plan and
// dates, see it listed in the team overview, reload and find it still there; the start page passes
// axe; "Reset demo data" restores the demo. The email chosen has HTML and quotes in its subject.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { landmarkViolations, launchBrowser, openAt, screenshot, seriousA11yViolations, startApp } from './harness.mjs';

const START = new Date('2026-11-25T09:30:00Z');
const SUBJECT = 'Please add the <Region> filter to the "Ops" report & share it';

let app;
let browser;
before(async () => {
  app = await startApp();
  browser = await launchBrowser({ width: 1280, height: 900 });
});
after(async () => {
  await browser?.close();
  await app?.close();
});

async function open(path) {
  return openAt(browser, `${app.baseUrl}/${path}`, START);
}

describe('foundation: standalone app over the local store', () => {
  it('the start page explains Kept and passes axe', async () => {
    const page = await open('index.html');
    await page.getByRole('heading', { name: /keep the promises/i }).waitFor();
    await page.getByRole('link', { name: 'Outlook task pane' }).first().waitFor();
    assert.deepEqual(await seriousA11yViolations(page), []);
    await screenshot(page, 'foundation-start');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it("every demo page has one main landmark, at the top level (the overview had one inside the frame's)", async () => {
    const pages = [
      ['index.html', (page) => page.getByRole('heading', { name: /keep the promises/i })],
      ['taskpane.html?item=demo-item-4', (page) => page.getByRole('heading', { name: 'Plan' })],
      ['overview.html', (page) => page.getByRole('grid', { name: 'Commitments' })],
      ['overview.html?view=mine', (page) => page.getByRole('grid', { name: 'Commitments' })],
      [
        'meeting.html?meeting=demo-ical-planning',
        (page) => page.getByRole('heading', { name: 'Promises in this meeting' }),
      ],
    ];
    for (const [path, shown] of pages) {
      const page = await open(path);
      await shown(page).first().waitFor();
      assert.deepEqual(await landmarkViolations(page), [], path);
      assert.deepEqual(page.errors, [], path);
      await page.close();
    }
  });

  it('creates a commitment from a demo email, lists it, and keeps it across a reload', async () => {
    const pane = await open('taskpane.html?item=demo-item-9');
    await pane.getByRole('heading', { name: 'Record a commitment' }).waitFor();
    // The subject (with its HTML-like text) arrives as plain text, never as markup.
    assert.equal(await pane.getByRole('textbox', { name: 'What you promise' }).inputValue(), SUBJECT);
    await pane.getByRole('button', { name: 'Add a step' }).click();
    await pane.getByRole('textbox', { name: 'Step 1: what' }).fill('Add the Region filter');
    await pane.getByLabel('Step 1: by').fill('2026-11-27');
    await pane.getByRole('textbox', { name: 'Done means…' }).fill('Each site lead sees only their region.');
    await pane.getByLabel(/^Target date/).fill('2026-11-30');
    await pane.getByLabel(/^Promised date/).fill('2026-12-02');
    await pane.getByRole('button', { name: 'Save commitment' }).click();
    await pane
      .getByRole('region', { name: 'Kept task pane' })
      .getByRole('heading', { name: SUBJECT, level: 2 })
      .waitFor();
    assert.deepEqual(await seriousA11yViolations(pane), []);
    await screenshot(pane, 'foundation-taskpane-created');
    assert.deepEqual(pane.errors, []);
    await pane.close();

    const overview = await open('overview.html');
    const row = overview.getByRole('row', { name: new RegExp(escapeRegExp(SUBJECT)) });
    await overview.getByRole('searchbox').first().fill('Region');
    await row.first().waitFor();
    await overview.reload();
    await overview.getByRole('searchbox').first().fill('Region');
    await row.first().waitFor();
    assert.deepEqual(await seriousA11yViolations(overview), []);
    assert.deepEqual(overview.errors, []);
    await overview.close();
  });

  it('"Reset demo data" restores the original demo', async () => {
    const page = await open('taskpane.html?item=demo-item-9');
    await page
      .getByRole('region', { name: 'Kept task pane' })
      .getByRole('heading', { name: SUBJECT, level: 2 })
      .waitFor();
    await page.getByRole('button', { name: 'Reset demo data' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reset', exact: true }).click();
    await page.getByRole('heading', { name: 'Record a commitment' }).waitFor();
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
