// The meeting checklist in standalone mode (demo meetings, local store), in Chromium: three promises
// added with the keyboard only, one ticked, the recap draft listing all three with owners and dates,
// axe, and screenshots of the 320 px panel in light, dark, high-contrast and 450 px (right to left and
// Chinese: locales.e2e.test.mjs).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openAt, screenshot, screenshotDir, seriousA11yViolations, startApp } from './harness.mjs';

// Wednesday 25 Nov 2026, 09:30 in London (the harness's zone): a business day with time left.
const START = new Date('2026-11-25T09:30:00Z');

/** As the app words dates (domain/format.ts), so expectations follow the same ICU data. */
const longDate = (iso) =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
const shortDate = (iso) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** Only the panel and its dialogs: the chrome around it (top bar, meeting list) has its own spec. */
const panelViolations = (page) =>
  seriousA11yViolations(page, { include: ['section[aria-labelledby^="meeting-heading"]', '[role="dialog"]'] });

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

async function openMeeting(browser, query = '') {
  const page = await openAt(browser, `${app.baseUrl}/meeting.html?meeting=demo-ical-review${query}`, START);
  await page.getByRole('heading', { name: 'Promises in this meeting', level: 2 }).waitFor();
  return page;
}

/** The panel only (the 320 px column), for screenshots a person can judge. */
async function panelShot(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  const panel = page.locator('section[aria-labelledby^="meeting-heading"]');
  const path = join(screenshotDir, `${name}.png`);
  await panel.first().screenshot({ path });
  return path;
}

describe('meeting checklist', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser({ width: 1024, height: 1400 });
  });
  after(async () => {
    await browser?.close();
  });

  it('add three promises by keyboard, tick one, recap lists all three with owners and dates', async () => {
    const page = await openMeeting(browser);
    await page.getByRole('heading', { name: 'No promises yet' }).waitFor();
    const title = page.getByRole('textbox', { name: /What was promised/ });
    const date = page.getByLabel(/Promised by/);
    await page.waitForFunction(() => document.querySelector('input[type="date"]')?.value !== '');
    const suggested = await date.inputValue();
    assert.match(suggested, /^2026-1[12]-\d{2}$/);
    // This form has no target field, so the suggestion never speaks of "Target + …".
    await page.getByText(/business days to do it, plus /).waitFor();
    assert.equal(await page.getByText(/Target \+/).count(), 0);

    // 1: title, Tab, a name, Enter picks the attendee, Enter adds. Owner: me.
    await title.focus();
    await page.keyboard.type('Send the Q3 incident figures');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sam');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: 'Send the Q3 incident figures' }).waitFor();
    assert.equal(await title.evaluate((el) => el === document.activeElement), true, 'focus back in the title');

    // 2: owner changed to another attendee, with the keyboard (Tab to the owner, arrows, Enter).
    await page.keyboard.type('Update the on-call runbook');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sam');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // owner
    await page.keyboard.press('ArrowDown'); // opens the list
    await page.getByRole('option', { name: 'Noor Aziz' }).waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    assert.match(await page.getByRole('combobox', { name: /Who promised/ }).innerText(), /Noor Aziz/);
    await page.getByRole('button', { name: 'Add promise' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: 'Update the on-call runbook' }).waitFor();

    // 3: someone who is not an attendee, typed as an address; the date typed, Enter in the date adds.
    await title.focus();
    await page.keyboard.type('Share the capacity model');
    await page.keyboard.press('Tab');
    await page.keyboard.type('grace.okafor@contoso.example');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab'); // owner: stays me
    await page.keyboard.press('Tab'); // promised date
    assert.equal(await date.evaluate((el) => el === document.activeElement), true, 'the date follows the owner');
    // The order of the date's parts follows the browser's UI language, so the value is set as a
    // date picker would; Enter in the field is the keyboard part that matters here.
    await date.fill('2026-12-04');
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: 'Share the capacity model' }).waitFor();

    const rows = page.getByRole('list', { name: '3 promises' }).getByRole('listitem');
    assert.equal(await rows.count(), 3);
    await page.getByText(`Avery Chen promised Sam Rivera, by ${longDate(suggested)}`).waitFor();
    await page.getByText(`Noor Aziz promised Sam Rivera, by ${longDate(suggested)}`).waitFor();
    await page.getByText(`Avery Chen promised grace.okafor@contoso.example, by ${longDate('2026-12-04')}`).waitFor();
    assert.deepEqual(await panelViolations(page), []);
    await panelShot(page, 'meeting-320-light-three-promises');

    // Tick the second with Space, confirm with Enter.
    const tick = page.getByRole('checkbox', { name: 'Update the on-call runbook' });
    await tick.focus();
    await page.keyboard.press('Space');
    const confirm = page.getByRole('group', { name: 'Mark “Update the on-call runbook” as delivered' });
    await confirm.waitFor();
    assert.deepEqual(await panelViolations(page), []);
    await panelShot(page, 'meeting-320-light-confirm-delivery');
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'hidden' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('input[type="checkbox"]')].some((el) => el.checked && el.disabled),
    );
    assert.equal(await tick.isChecked(), true);
    assert.equal(await tick.isDisabled(), true);
    await page.getByText(/Delivered Wed, 25 Nov 2026/).waitFor();

    // Send recap (keyboard): the in-app draft lists all three with owners, customers and dates.
    await page.getByRole('button', { name: 'Send recap' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const text = await dialog.getByRole('textbox').inputValue();
    // Greeted and signed like every other message Kept drafts.
    assert.ok(text.startsWith('Hi all,'), text);
    assert.ok(text.trimEnd().endsWith('Best regards,\nAvery Chen'), text);
    assert.ok(
      text.includes(`Send the Q3 incident figures — Avery Chen for Sam Rivera, by ${shortDate(suggested)} (Open)`),
      text,
    );
    assert.ok(
      text.includes(`Update the on-call runbook — Noor Aziz for Sam Rivera, by ${shortDate(suggested)} (Done)`),
      text,
    );
    assert.ok(
      text.includes(
        `Share the capacity model — Avery Chen for grace.okafor@contoso.example, by ${shortDate('2026-12-04')} (Open)`,
      ),
      text,
    );
    await dialog
      .getByText(/Sam Rivera <sam\.rivera@contoso\.example>; Noor Aziz <noor\.aziz@contoso\.example>/)
      .waitFor();
    assert.equal(await dialog.getByText(/avery\.chen@/).count(), 0, 'the recap does not go to me');
    assert.deepEqual(await panelViolations(page), []);
    await screenshot(page, 'meeting-recap-draft');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Add plan, inline: a step and "done means", saved; the row says so.
    await page.getByRole('button', { name: 'Add plan: Send the Q3 incident figures' }).click();
    const plan = page.getByRole('form', { name: 'Plan for “Send the Q3 incident figures”' });
    await plan.waitFor();
    await page.keyboard.type('Pull the incident export');
    await plan.getByRole('textbox', { name: /Done means/ }).fill('Figures per service, in the shared workbook');
    assert.deepEqual(await panelViolations(page), []);
    await panelShot(page, 'meeting-320-light-plan-editor');
    await plan.getByRole('button', { name: 'Save plan' }).click();
    await plan.waitFor({ state: 'hidden' });
    await page.getByText(/0 of 1 step done/).waitFor();

    assert.deepEqual(page.errors, []);
  });
});

describe('meeting checklist: themes, right-to-left and widths', () => {
  for (const [theme, options] of [
    ['light', {}],
    ['dark', { colorScheme: 'dark' }],
    ['high-contrast', { forcedColors: 'active' }],
  ]) {
    it(`${theme}: a meeting with promises, no serious axe violations`, async () => {
      const browser = await launchBrowser({ width: 1024, height: 1200, ...options });
      try {
        const page = await browser.newPage();
        await page.clock.install({ time: START });
        await page.goto(`${app.baseUrl}/meeting.html?meeting=demo-ical-planning&theme=${theme}`);
        await page.getByRole('heading', { name: 'Promises in this meeting', level: 2 }).waitFor();
        await page.getByRole('list', { name: /promise/ }).waitFor();
        assert.deepEqual(await panelViolations(page), []);
        await panelShot(page, `meeting-320-${theme}`);
        assert.deepEqual(page.errors, []);
      } finally {
        await browser.close();
      }
    });
  }

  it('at 450 px', async () => {
    const browser = await launchBrowser({ width: 1024, height: 1200 });
    try {
      const page = await browser.newPage();
      await page.clock.install({ time: START });
      await page.goto(`${app.baseUrl}/meeting.html?meeting=demo-ical-planning&width=450`);
      await page.getByRole('list', { name: /promise/ }).waitFor();
      await panelShot(page, 'meeting-450-light');
      assert.deepEqual(page.errors, []);
    } finally {
      await browser.close();
    }
  });
});
