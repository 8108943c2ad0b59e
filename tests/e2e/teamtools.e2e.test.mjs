// The overview's team tools in the standalone demo, in Chromium: a reassignment that notifies the
// new owner (seen in the demo's simulated Teams), one whose notification Teams refuses (said, and
// nothing else undone), an export to Excel and to CSV read back from the downloaded files, axe on
// the dialogs, the reminders as To Do tasks in the demo's simulated To Do, and the tools right to
// left in Persian.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readSheet } from 'read-excel-file/node';
import { launchBrowser, openAt, screenshot, seriousA11yViolations, startApp } from './harness.mjs';

// Wednesday 25 Nov 2026, 10:00 in London (the harness's zone).
const START = new Date('2026-11-25T10:00:00Z');
const GRANT = 'Grant the regional leads read access to the pipeline dataset';
const BUDGET = 'Move the budget forecast workbook to the warehouse';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

async function openOverview(browser, query = '') {
  const page = await openAt(browser, `${app.baseUrl}/overview.html${query}`, START);
  await page.getByRole('grid', { name: 'Commitments' }).waitFor({ timeout: 60_000 });
  return page;
}

/** The commitment as stored (IndexedDB), found by title: what the user would find on reload. */
function stored(page, title) {
  return page.evaluate(
    (wanted) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kept');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('commitments').objectStore('commitments').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            resolve(request.result.map((row) => row.commitment).find((c) => c.title === wanted));
            open.result.close();
          };
        };
      }),
    title,
  );
}

async function reassign(page, title, to) {
  await page.getByRole('checkbox', { name: `Select ${title}` }).check();
  await page.getByRole('toolbar', { name: 'Team tools' }).getByRole('button', { name: 'Reassign…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reassign 1 commitment' });
  if (to.member) {
    await dialog.getByLabel('Team member').selectOption({ label: to.name });
  } else {
    await dialog.getByLabel('New owner’s name').fill(to.name);
    await dialog.getByLabel('New owner’s email').fill(to.email);
  }
  await dialog.getByRole('button', { name: 'Reassign', exact: true }).click();
  await dialog.getByText(`1 commitment reassigned to ${to.name}.`).waitFor();
  return dialog;
}

describe('team tools in the demo', () => {
  it('a reassignment notifies the new owner: the notice, and the notification in Sam’s simulated activity feed', async () => {
    const browser = await launchBrowser();
    try {
      const page = await openOverview(browser);
      const dialog = await reassign(page, GRANT, { member: true, name: 'Sam Rivera' });
      assert.deepEqual(await seriousA11yViolations(page, { include: ['[role="dialog"]'] }), []);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Sam Rivera was told in Teams about “${GRANT}”.` })
        .waitFor();
      assert.equal((await stored(page, GRANT)).owner.email, 'sam.rivera@contoso.example');

      await page.getByRole('button', { name: 'Teams (simulated) · 1' }).click();
      const teams = page.getByRole('dialog', { name: 'Teams, simulated' });
      const entry = teams.getByRole('listitem').filter({ hasText: 'Activity feed of Sam Rivera' });
      await entry.getByText(`Avery Chen handed ${GRANT} to you`).waitFor();
      const href = await entry.getByRole('link', { name: 'Open the commitment' }).getAttribute('href');
      assert.match(
        href,
        new RegExp(`overview\\.html\\?commitment=${encodeURIComponent((await stored(page, GRANT)).id)}`),
      );
      assert.deepEqual(await seriousA11yViolations(page, { include: ['[role="dialog"]'] }), []);
      assert.deepEqual(page.errors, []);
    } finally {
      await browser.close();
    }
  });

  it('a nudge is drafted to the owner, titled for them, with a link that opens from an email (a whole address)', async () => {
    const browser = await launchBrowser();
    try {
      const page = await openOverview(browser);
      const { id, owner } = await stored(page, GRANT);
      await page.getByRole('checkbox', { name: `Select ${GRANT}` }).check();
      await page.getByRole('toolbar', { name: 'Team tools' }).getByRole('button', { name: 'Nudge owner…' }).click();
      const nudge = page.getByRole('dialog', { name: `Nudge ${owner.name}` });
      await nudge.getByRole('textbox', { name: 'Message' }).waitFor();
      await nudge.getByRole('button', { name: 'Open as email' }).click();
      const draft = page.getByRole('dialog', { name: `Draft for ${owner.name}` });
      const text = await draft.getByRole('textbox', { name: 'Message' }).inputValue();
      assert.ok(
        text.includes(`${app.baseUrl}/overview.html?commitment=${encodeURIComponent(id)}`),
        `no whole link in: ${text}`,
      );
      assert.deepEqual(page.errors, []);
    } finally {
      await browser.close();
    }
  });

  it('a notification Teams refuses (not installed for them: 403) is said; the reassignment itself stands', async () => {
    const browser = await launchBrowser();
    try {
      const page = await openOverview(browser);
      const dialog = await reassign(page, BUDGET, { name: 'Dana Park', email: 'dana.park@fabrikam.example' });
      await dialog.getByRole('button', { name: 'Close' }).click();
      const alert = page.getByRole('alert').filter({ hasText: `Dana Park was not told in Teams about “${BUDGET}”` });
      await alert.waitFor();
      assert.match(await alert.textContent(), /Microsoft 365 refused.*Everything else was saved\./);
      // The reassignment was saved and is not undone; the simulated Teams received nothing.
      assert.equal((await stored(page, BUDGET)).owner.email, 'dana.park@fabrikam.example');
      await page.reload();
      await page.getByRole('grid', { name: 'Commitments' }).waitFor({ timeout: 60_000 });
      assert.equal((await stored(page, BUDGET)).owner.email, 'dana.park@fabrikam.example');
      await page.getByRole('button', { name: 'Teams (simulated)', exact: true }).click();
      await page
        .getByRole('dialog', { name: 'Teams, simulated' })
        .getByText('Nothing yet.', { exact: false })
        .waitFor();
      assert.deepEqual(page.errors, []);
    } finally {
      await browser.close();
    }
  });

  it('reminders as Microsoft To Do tasks: chosen in the team settings, the task appears in the simulated To Do and an update moves its reminder', async () => {
    const browser = await launchBrowser();
    try {
      const page = await openOverview(browser);
      await page.getByRole('button', { name: 'Team settings' }).click();
      const settings = page.getByRole('dialog', { name: 'Service standards' });
      const group = settings.getByRole('radiogroup', { name: /Remind each owner/ });
      assert.equal(await group.getByRole('radio', { name: /Outlook follow-up flag/ }).isChecked(), true);
      await group.getByRole('radio', { name: 'Microsoft To Do task' }).check();
      assert.deepEqual(await seriousA11yViolations(page, { include: ['[role="dialog"]'] }), []);
      await settings.getByRole('button', { name: 'Save' }).click();
      await settings.waitFor({ state: 'hidden' });

      const taskLine = async () => {
        await page.getByRole('button', { name: 'Outlook and To Do (simulated)' }).click();
        const todo = page.getByRole('dialog', { name: 'Your reminders, simulated' });
        const item = todo.getByRole('listitem').filter({ hasText: GRANT });
        await item.getByText(/^To Do task due .+, reminder .+$/).waitFor();
        const text = await item.getByText(/^To Do task/).textContent();
        assert.deepEqual(await seriousA11yViolations(page, { include: ['[role="dialog"]'] }), []);
        await todo.getByRole('button', { name: 'Close' }).click();
        await todo.waitFor({ state: 'hidden' });
        return text;
      };
      const before = await taskLine();

      await page.getByRole('row').filter({ hasText: GRANT }).first().click();
      const drawer = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: 'Plan' }) });
      await drawer.getByRole('button', { name: 'Send update' }).click();
      await drawer.getByRole('textbox', { name: /Note for the customer/ }).fill('Access is granted for two regions.');
      await drawer.getByRole('button', { name: 'Open update draft' }).click();
      await page
        .getByRole('dialog', { name: 'Draft for your customer' })
        .getByRole('button', { name: 'Close' })
        .click();
      await drawer.getByRole('button', { name: 'Yes, I sent it' }).click();
      await drawer.getByText('Recorded: the update was sent.').waitFor();
      await drawer.getByRole('button', { name: 'Close details' }).click();
      await drawer.waitFor({ state: 'hidden' });

      const after = await taskLine();
      assert.notEqual(after, before, 'the update moved the reminder');
      // The due date is the promise, which an update does not change.
      assert.equal(after.split(', reminder')[0], before.split(', reminder')[0]);
      assert.equal((await stored(page, GRANT)).history.at(-1).kind, 'update-sent');
      assert.deepEqual(page.errors, []);
    } finally {
      await browser.close();
    }
  });

  it('asking for sign-off notifies the checker once the request is sent, in their simulated feed', async () => {
    const browser = await launchBrowser();
    try {
      const title = 'Send HR the attrition definitions we use';
      const page = await openOverview(browser, '?q=attrition');
      await page.locator('[role="grid"] [role="row"][data-commitment-id]').filter({ hasText: title }).click();
      await page.getByRole('button', { name: 'Ask Grace Okafor to sign off' }).click();
      const draft = page.getByRole('dialog', { name: 'Draft for Grace Okafor' });
      await draft.waitFor();
      await draft.getByRole('button', { name: 'Close' }).last().click();
      // Nobody is told of a request that was not sent.
      assert.equal(await page.evaluate(() => localStorage.getItem('kept.demo.teams')), null);
      await page.getByRole('button', { name: 'Yes, I sent it' }).click();
      await page.getByText('Recorded: the request to sign off was sent.').waitFor();
      // The answered question is gone; the keyboard is handed back inside the drawer (a frame
      // later), so Escape closes it, as a keyboard user would.
      const drawer = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: 'Plan' }) });
      await page.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') != null);
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      // The notice is outside the (modal) details drawer, and stays heard while it is open.
      await page
        .getByRole('status')
        .filter({ hasText: `Grace Okafor was told in Teams about “${title}”.` })
        .waitFor();
      await page.getByRole('button', { name: 'Teams (simulated) · 1' }).click();
      const entry = page
        .getByRole('dialog', { name: 'Teams, simulated' })
        .getByRole('listitem')
        .filter({ hasText: 'Activity feed of Grace Okafor' });
      await entry.getByText(`Avery Chen asked you to sign off ${title}`).waitFor();
      assert.deepEqual(page.errors, []);
    } finally {
      await browser.close();
    }
  });

  it('exports what the table shows to Excel (typed dates, a status column) and CSV, read back from the files', async () => {
    const browser = await launchBrowser();
    try {
      const page = await openOverview(browser, '?owner=avery.chen%40contoso.example');
      const shown = await page.locator('[role="grid"] [role="row"][data-commitment-id]').count();
      assert.ok(shown > 0);

      const [xlsx] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export to Excel' }).click(),
      ]);
      assert.match(xlsx.suggestedFilename(), /^Data Platform commitments 2026-11-25\.xlsx$/);
      const rows = await readSheet(await xlsx.createReadStream());
      const [header, ...data] = rows;
      assert.deepEqual(header.slice(0, 2), ['Commitment', 'Status']);
      assert.equal(data.length, shown);
      const grant = data.find((row) => row[0] === GRANT);
      assert.ok(grant, 'the exported rows include the shown commitment');
      assert.equal(typeof grant[1], 'string');
      assert.ok(grant[1].length > 0);
      const requested = grant[header.indexOf('Requested')];
      assert.ok(requested instanceof Date, `the request date is a date cell, not text (${requested})`);
      const commitment = await stored(page, GRANT);
      assert.equal(requested.toISOString().slice(0, 10), commitment.requestedAt.slice(0, 10));
      await page.getByText(`${shown} commitments exported to Data Platform commitments 2026-11-25.xlsx.`).waitFor();

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export to CSV' }).click(),
      ]);
      assert.match(csv.suggestedFilename(), /\.csv$/);
      const chunks = [];
      for await (const chunk of await csv.createReadStream()) chunks.push(chunk);
      const text = Buffer.concat(chunks)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      const lines = text.trim().split(/\r\n/);
      assert.match(lines[0], /^Commitment,Status,/);
      assert.equal(lines.length, shown + 1);
      assert.ok(lines.some((line) => line.startsWith(`${GRANT},`)));
      assert.deepEqual(page.errors, []);
    } finally {
      await browser.close();
    }
  });

  it('the meeting recap posted in the meeting chat, edited first; what the user typed is text, not markup', async () => {
    const browser = await launchBrowser();
    try {
      const page = await openAt(browser, `${app.baseUrl}/meeting.html?meeting=demo-ical-planning`, START);
      await page.getByRole('heading', { name: 'Promises in this meeting', level: 2 }).waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Post recap in the meeting chat' }).click();
      const dialog = page.getByRole('dialog', { name: 'Recap for the meeting chat' });
      const body = dialog.getByLabel('Recap');
      await body.waitFor();
      assert.match(await body.inputValue(), /Share the forecast variance analysis with Finance/);
      await body.fill(`${await body.inputValue()}\n\n<b>Thanks</b> & see you <script>alert(1)</script>`);
      assert.deepEqual(await seriousA11yViolations(page, { include: ['[role="dialog"]'] }), []);
      await dialog.getByRole('button', { name: 'Post in the meeting chat' }).click();
      await dialog.getByRole('status').filter({ hasText: 'Posted in the meeting chat.' }).waitFor();
      await dialog.getByRole('button', { name: 'Close' }).click();

      await page.getByRole('button', { name: 'Teams (simulated) · 1' }).click();
      const post = page
        .getByRole('dialog', { name: 'Teams, simulated' })
        .getByRole('listitem')
        .filter({ hasText: 'Posted in the meeting chat' });
      await post.getByText('Share the forecast variance analysis with Finance', { exact: false }).waitFor();
      await post.getByText('<b>Thanks</b> & see you <script>alert(1)</script>', { exact: false }).waitFor();
      assert.equal(await post.locator('b, script').count(), 0);
      assert.deepEqual(page.errors, []);
    } finally {
      await browser.close();
    }
  });

  it('right to left in Persian: the tools, the reassign dialog and the simulated Teams, with nothing failing axe', async () => {
    const browser = await launchBrowser({ locale: 'fa-IR' });
    try {
      const page = await openAt(browser, `${app.baseUrl}/overview.html?lang=fa`, START);
      await page.getByRole('grid').waitFor({ timeout: 60_000 });
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
      await page.getByRole('checkbox').nth(1).check();
      await page.getByRole('toolbar').getByRole('button').filter({ hasText: 'واگذاری' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      assert.equal(await dialog.evaluate((el) => getComputedStyle(el).direction), 'rtl');
      assert.deepEqual(await seriousA11yViolations(page, { include: ['[role="dialog"]'] }), []);
      await screenshot(page, 'teamtools-reassign-fa');
      await dialog.getByRole('button', { name: 'بستن' }).click();
      await page.getByRole('button', { name: 'Teams (شبیه‌سازی)' }).click();
      const teams = page.getByRole('dialog', { name: 'Teams، شبیه‌سازی‌شده' });
      await teams.getByText('هنوز چیزی نیست', { exact: false }).waitFor();
      assert.equal(await teams.evaluate((el) => getComputedStyle(el).direction), 'rtl');
      assert.deepEqual(await seriousA11yViolations(page, { include: ['[role="dialog"]'] }), []);
      assert.deepEqual(page.errors, []);
    } finally {
      await browser.close();
    }
  });
});
