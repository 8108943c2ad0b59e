// The team overview (Teams tab) in standalone mode, in Chromium: the needs-attention lanes checked
// against the stored data, filters and search, a quick action that moves a commitment out of a lane,
// 10,000 commitments (counts, virtualised scrolling), axe, and screenshots in light, dark,
// high-contrast and right-to-left.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openAt, screenshot, seriousA11yViolations, startApp } from './harness.mjs';

// Wednesday 25 Nov 2026, 10:00 in London (the harness's zone): today's business day has not ended.
const START = new Date('2026-11-25T10:00:00Z');
const TODAY = '2026-11-25';
// The demo team works Monday to Friday, so the work week containing Wednesday 25th ends on Sunday 29th.
const WEEK_END = '2026-11-29';
const LANES = {
  'update-overdue': 'Updates overdue',
  'at-risk': 'At risk',
  'promise-overdue': 'Promises overdue',
  'ack-breached': 'Not acknowledged in time',
  'due-this-week': 'Due this week',
};

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

const laneCount = async (page, lane) =>
  Number((await page.getByTestId(`lane-count-${lane}`).textContent()).replace(/\D/g, ''));
const resultText = (page) => page.getByRole('search').getByRole('status').textContent();
const renderedRows = (page) => page.locator('[role="grid"] [role="row"][data-commitment-id]');

/** The table follows filters a frame later (search is deferred): retry an assertion until it holds. */
async function eventually(check, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

// Column 1 of each row selects it for the team tools: the data columns count from the one after it.
const columnTexts = (page, col) =>
  renderedRows(page)
    .locator(`[aria-colindex="${col + 1}"]`)
    .allTextContents();

/**
 * Reads every stored commitment straight from IndexedDB (the local store's `commitments` store),
 * so the lane counts can be checked against the data rather than against the page itself.
 */
function storedCommitments(page, dbName = 'kept') {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('commitments').objectStore('commitments').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            resolve(request.result.map((row) => row.commitment));
            open.result.close();
          };
        };
      }),
    dbName,
  );
}

/**
 * Two lane rules recomputed here, independently of src/domain: with the clock at 10:00 on a work day,
 * a promise is overdue when its date is before today; "due this week" is the rest of the work week.
 */
function expectedDateLanes(commitments) {
  const open = commitments.filter((c) => c.deliveredAt === undefined && c.cancelledAt === undefined);
  return {
    'promise-overdue': open.filter((c) => c.promisedDate < TODAY).length,
    'due-this-week': open.filter((c) => c.promisedDate >= TODAY && c.promisedDate <= WEEK_END).length,
  };
}

/** axe on the overview and any open drawer or dialog (the standalone chrome around it is the lead's). */
async function surfaceViolations(page) {
  return seriousA11yViolations(page, { include: ['main', '[role="dialog"]'] });
}

describe('team overview with the demo data', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser({ width: 1280, height: 900 });
  });
  after(async () => {
    await browser?.close();
  });

  it('shows lane counts that match the stored commitments, and each lane filters the table to itself', async () => {
    const page = await openOverview(browser);
    const stored = await storedCommitments(page);
    assert.ok(stored.length > 10, `demo data is there (${stored.length})`);
    const expected = expectedDateLanes(stored);
    for (const lane of ['promise-overdue', 'due-this-week']) {
      assert.equal(await laneCount(page, lane), expected[lane], `${lane} matches the data`);
    }
    for (const [lane, name] of Object.entries(LANES)) {
      const count = await laneCount(page, lane);
      await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
      await eventually(async () =>
        assert.equal(await renderedRows(page).count(), count, `${name}: the table shows the lane's ${count}`),
      );
      if (lane === 'promise-overdue') {
        const badges = await columnTexts(page, 2);
        assert.ok(
          badges.every((b) => b === 'Overdue'),
          `overdue lane rows say Overdue: ${badges}`,
        );
      }
      await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    }
    // Every commitment again (the table renders the rows in view, so count what it says it shows).
    await eventually(async () => assert.equal(Number((await resultText(page)).replace(/\D/g, '')), stored.length));
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('filters by search, status, owner and promised date, and clears them', async () => {
    const page = await openOverview(browser);
    const total = await renderedRows(page).count();

    await page.getByRole('searchbox', { name: 'Search commitments' }).fill('pipeline dataset');
    await page.waitForFunction(() => document.querySelectorAll('[role="row"][data-commitment-id]').length === 2);
    const titles = await columnTexts(page, 1);
    assert.ok(
      titles.every((t) => /pipeline dataset/i.test(t)),
      titles.join(' | '),
    );
    assert.match(await resultText(page), /^2 of \d+ commitments$/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[role="row"][data-commitment-id]').length === n,
      total,
    );

    await page.getByRole('search').getByRole('combobox', { name: 'Status', exact: true }).click();
    // Fluent's multi-select options are menuitemcheckbox, not option.
    await page.getByRole('menuitemcheckbox', { name: 'Delivered' }).click();
    await page.keyboard.press('Escape');
    await eventually(async () => {
      const delivered = await columnTexts(page, 2);
      assert.ok(delivered.length > 0 && delivered.every((s) => s === 'Delivered'), delivered.join(','));
    });

    await page.getByRole('search').getByRole('combobox', { name: 'Owner', exact: true }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Avery Chen' }).click();
    await page.keyboard.press('Escape');
    await eventually(async () => {
      const rows = await renderedRows(page).count();
      const owners = await columnTexts(page, 3);
      const statuses = await columnTexts(page, 2);
      assert.ok(rows > 0 && owners.every((o) => o === 'Avery Chen'), owners.join(','));
      assert.ok(
        statuses.every((s) => s === 'Delivered'),
        'both filters apply together',
      );
    });
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await page.getByLabel('Promised from').fill('2026-11-25');
    await page.getByLabel('Promised to').fill('2026-12-02');
    const stored = await storedCommitments(page);
    const inRange = stored.filter((c) => c.promisedDate >= '2026-11-25' && c.promisedDate <= '2026-12-02').length;
    await page.waitForFunction(
      (n) => document.querySelectorAll('[role="row"][data-commitment-id]').length === n,
      inRange,
    );
    assert.ok(inRange > 0);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('a quick action in the drawer moves a commitment out of "Updates overdue"', async () => {
    const page = await openOverview(browser);
    const before = await laneCount(page, 'update-overdue');
    assert.ok(before > 0);
    await page.getByRole('button', { name: /^Updates overdue/ }).click();
    const row = renderedRows(page).first();
    const id = await row.getAttribute('data-commitment-id');
    await row.click();
    const drawer = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: 'Plan' }) });
    await drawer.getByRole('button', { name: 'Send update' }).click();
    await drawer.getByRole('textbox', { name: /Note for the customer/ }).fill('The query is built; scheduling next.');
    await drawer.getByRole('button', { name: 'Open update draft' }).click();

    const draft = page.getByRole('dialog', { name: 'Draft for your customer' });
    await draft.waitFor();
    assert.match(await draft.getByRole('textbox').inputValue(), /The query is built; scheduling next\./);
    await screenshot(page, 'overview-draft-light');
    await draft.getByRole('button', { name: 'Close' }).click();
    // Recorded when sent: nothing changes until the user says the message went.
    assert.equal(await laneCount(page, 'update-overdue'), before);
    await drawer.getByRole('button', { name: 'Yes, I sent it' }).click();
    await drawer.getByText('Recorded: the update was sent.').waitFor();
    await drawer.getByRole('button', { name: 'Close details' }).click();

    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="lane-count-update-overdue"]')?.textContent === String(n),
      before - 1,
    );
    assert.equal(await page.locator(`[role="row"][data-commitment-id="${id}"]`).count(), 0, 'gone from the lane');
    const saved = (await storedCommitments(page)).find((c) => c.id === id);
    assert.equal(saved.history.at(-1).kind, 'update-sent');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('sorts from anywhere in a header cell, and Escape still closes the details after a form (items 9, 11)', async () => {
    const page = await openOverview(browser);
    const owner = page.getByRole('columnheader', { name: /Owner/ });
    const box = await owner.boundingBox();
    // Near the cell's far edge, away from the header's text.
    await page.mouse.click(box.x + box.width - 6, box.y + box.height / 2);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role="columnheader"]')].some(
        (h) => h.getAttribute('aria-sort') === 'ascending' && /Owner/.test(h.textContent ?? ''),
      ),
    );

    await page.getByRole('searchbox', { name: 'Search commitments' }).fill('regional leads pipeline');
    await eventually(async () => assert.equal(await renderedRows(page).count(), 1));
    await renderedRows(page).first().click();
    const drawer = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: 'Plan' }) });
    const update = drawer.getByRole('button', { name: 'Send update' });
    await update.click();
    await drawer.getByRole('form', { name: 'Send an update' }).getByRole('button', { name: 'Close' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Send update');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('opens the commitment named in the link, with its actions', async () => {
    const first = await openOverview(browser);
    const id = await renderedRows(first).first().getAttribute('data-commitment-id');
    const title = await renderedRows(first).first().locator('[aria-colindex="2"]').textContent();
    await first.close();
    const page = await openOverview(browser, `?commitment=${encodeURIComponent(id)}`);
    await page.getByRole('heading', { name: title, level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Send update' }).waitFor();
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

describe('team overview with 10,000 commitments', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser({ width: 1280, height: 900 });
  });
  after(async () => {
    await browser?.close();
  });

  it('counts the lanes from the data and scrolls by rendering only the rows in view', async () => {
    const page = await openOverview(browser, '?seed=10000');
    // Synthetic data has its own database: the demo data stays as the user left it.
    const stored = await storedCommitments(page, 'kept-synthetic-10000');
    assert.ok(stored.length >= 10_000, `seeded ${stored.length}`);
    await page.getByText(/This page shows 10,000 synthetic commitments/).waitFor();
    const expected = expectedDateLanes(stored);
    for (const lane of ['promise-overdue', 'due-this-week']) {
      assert.equal(await laneCount(page, lane), expected[lane], `${lane} matches the data`);
    }
    const rowCount = Number(await page.getByRole('grid', { name: 'Commitments' }).getAttribute('aria-rowcount'));
    assert.equal(rowCount, stored.length + 1, 'the grid announces every row (plus the header)');
    assert.ok((await renderedRows(page).count()) < 80, 'only the rows in view are in the DOM');

    await page.getByRole('grid', { name: 'Commitments' }).evaluate((grid) => {
      grid.scrollTop = grid.scrollHeight;
    });
    await page.waitForFunction(
      (n) => document.querySelector(`[role="row"][aria-rowindex="${n}"]`) !== null,
      stored.length + 1,
    );
    assert.ok((await renderedRows(page).count()) < 80);

    await page.getByRole('searchbox', { name: 'Search commitments' }).fill('payroll extract yuki');
    await page.waitForFunction(() =>
      /of/.test(document.querySelector('[role="search"] [role="status"]')?.textContent ?? ''),
    );
    const titles = await columnTexts(page, 1);
    assert.ok(titles.length > 0 && titles.every((t) => /payroll extract/i.test(t)), titles.slice(0, 5).join(' | '));
    await screenshot(page, 'overview-10k-search');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

describe('team overview, a return visit', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser({ width: 1280, height: 900 });
  });
  after(async () => {
    await browser?.close();
  });

  /** What the page first showed with rows in it, captured in that very frame. */
  const captureFirstScreen = () => {
    const capture = () => {
      const rows = [...document.querySelectorAll('[role="grid"] [role="row"][data-commitment-id]')];
      const lanes = [...document.querySelectorAll('[data-testid^="lane-count-"]')];
      if (rows.length === 0 || lanes.length === 0) return requestAnimationFrame(capture);
      window.keptFirstSeen = {
        // The page's fake clock (page.clock) records no performance marks: the grid says it holds only the first screen.
        everythingRead: !document.querySelector('[role="grid"]').hasAttribute('data-partial'),
        lanes: lanes.map((lane) => `${lane.dataset.testid}=${lane.textContent}`),
        rows: rows.slice(0, 12).map((row) => row.textContent),
        rowCount: document.querySelector('[role="grid"]').getAttribute('aria-rowcount'),
        exportDisabled: document.querySelector('[role="toolbar"] button:nth-of-type(3)')?.getAttribute('aria-disabled'),
      };
    };
    requestAnimationFrame(capture);
  };
  const shownNow = (page) =>
    page.evaluate(() => ({
      lanes: [...document.querySelectorAll('[data-testid^="lane-count-"]')].map(
        (lane) => `${lane.dataset.testid}=${lane.textContent}`,
      ),
      rows: [...document.querySelectorAll('[role="grid"] [role="row"][data-commitment-id]')]
        .slice(0, 12)
        .map((row) => row.textContent),
      rowCount: document.querySelector('[role="grid"]').getAttribute('aria-rowcount'),
    }));
  /** Every commitment read and shown: the grid no longer holds only the first screen. */
  const everythingShown = (page) =>
    page.waitForFunction(
      () => {
        const grid = document.querySelector('[role="grid"]');
        return grid !== null && !grid.hasAttribute('data-partial');
      },
      undefined,
      { timeout: 60_000 },
    );
  /** The first screen the visit kept for the next one (it does so once idle): when it holds from and until. */
  const screenKept = async (page) => {
    const handle = await page.waitForFunction(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('kept-synthetic-10000');
          open.onsuccess = () => {
            const request = open.result.transaction('screens').objectStore('screens').getAll();
            request.onsuccess = () => {
              const kept = request.result.find((record) => typeof record === 'object');
              resolve(kept === undefined ? false : { from: kept.value.from, until: kept.value.stableUntil });
              open.result.close();
            };
          };
        }),
      undefined,
      { timeout: 60_000, polling: 250 },
    );
    return handle.jsonValue();
  };

  it('shows the first screen kept from the last visit at once, word for word what it shows once everything is read', async () => {
    const first = await openOverview(browser, '?seed=10000');
    const kept = await screenKept(first);
    await first.close();
    // The next visit comes later (the pages' clocks start at START and run), before the screen stops holding.
    const later = new Date(kept.from + Math.min(60_000, Math.floor((kept.until - kept.from) / 2)));
    assert.ok(later.getTime() > kept.from && later.getTime() < kept.until, JSON.stringify(kept));

    const page = await browser.newPage();
    await page.clock.install({ time: later });
    await page.addInitScript(captureFirstScreen);
    await page.goto(`${app.baseUrl}/overview.html?seed=10000`);
    await page.getByRole('grid', { name: 'Commitments' }).waitFor({ timeout: 60_000 });
    await everythingShown(page);
    const seen = await page.evaluate(() => window.keptFirstSeen);
    assert.equal(seen.everythingRead, false, 'the first rows showed before every commitment was read');
    assert.equal(seen.exportDisabled, 'true', 'exporting waits for every row');
    const now = await shownNow(page);
    assert.deepEqual(seen.lanes, now.lanes);
    assert.deepEqual(seen.rows, now.rows);
    assert.equal(seen.rowCount, now.rowCount);
    assert.deepEqual(page.errors, []);

    // A change in another tab (the first row reassigned): the next visit never shows the old first screen.
    const other = await browser.newPage();
    await other.clock.install({ time: later });
    await other.goto(`${app.baseUrl}/overview.html?seed=10000`);
    await other.getByRole('grid', { name: 'Commitments' }).waitFor({ timeout: 60_000 });
    await everythingShown(other);
    await renderedRows(other).first().getByRole('checkbox').check();
    await other.getByRole('toolbar', { name: 'Team tools' }).getByRole('button', { name: 'Reassign…' }).click();
    const dialog = other.getByRole('dialog', { name: 'Reassign 1 commitment' });
    const member = dialog.getByLabel('Team member');
    const owner = (await columnTexts(other, 3))[0];
    const someoneElse = await member.evaluate(
      (select, current) => [...select.options].find((o) => o.value !== '' && o.label !== current)?.label,
      owner,
    );
    await member.selectOption({ label: someoneElse });
    await dialog.getByRole('button', { name: 'Reassign', exact: true }).click();
    await dialog.getByText(`1 commitment reassigned to ${someoneElse}.`).waitFor();
    await other.close();

    const again = await browser.newPage();
    await again.clock.install({ time: new Date(later.getTime() + 60_000) });
    await again.addInitScript(captureFirstScreen);
    await again.goto(`${app.baseUrl}/overview.html?seed=10000`);
    await again.getByRole('grid', { name: 'Commitments' }).waitFor({ timeout: 60_000 });
    await everythingShown(again);
    const seenAgain = await again.evaluate(() => window.keptFirstSeen);
    const nowAgain = await shownNow(again);
    assert.notDeepEqual(nowAgain.rows, now.rows, 'the reassignment changed the first rows');
    assert.deepEqual(seenAgain.rows, nowAgain.rows);
    assert.deepEqual(seenAgain.lanes, nowAgain.lanes);
    assert.deepEqual(again.errors, []);
    await page.close();
    await again.close();
  });
});

for (const theme of [
  { name: 'light', options: {} },
  { name: 'dark', options: { colorScheme: 'dark' } },
  { name: 'high-contrast', options: { forcedColors: 'active' } },
]) {
  describe(`team overview, ${theme.name} theme`, () => {
    let browser;
    before(async () => {
      browser = await launchBrowser({ width: 1280, height: 900, ...theme.options });
    });
    after(async () => {
      await browser?.close();
    });

    it('has no serious accessibility violation, and looks right wide, narrow, with details and metrics', async () => {
      const page = await openOverview(browser, `?theme=${theme.name}`);
      assert.deepEqual(await surfaceViolations(page), []);
      await screenshot(page, `overview-${theme.name}`);

      await renderedRows(page).first().click();
      const drawer = page.getByRole('dialog').first();
      await drawer.getByRole('button', { name: 'Raise concern' }).click();
      await drawer.getByRole('button', { name: 'Open concern draft' }).click();
      await drawer.getByText('Say what is at risk.').waitFor();
      assert.deepEqual(await surfaceViolations(page), []);
      await screenshot(page, `overview-${theme.name}-drawer`);
      await drawer.getByRole('button', { name: 'Close details' }).click();

      await page.getByRole('tab', { name: 'Metrics' }).click();
      await page.getByRole('heading', { name: 'Metrics', level: 2 }).or(page.getByRole('alert')).first().waitFor();
      assert.deepEqual(await surfaceViolations(page), []);
      await screenshot(page, `overview-${theme.name}-metrics`);

      await page.getByRole('tab', { name: 'Commitments' }).click();
      await page.getByRole('button', { name: 'Team settings' }).click();
      await page.getByRole('dialog', { name: 'Service standards' }).waitFor();
      assert.deepEqual(await surfaceViolations(page), []);
      await screenshot(page, `overview-${theme.name}-settings`);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.setViewportSize({ width: 450, height: 900 });
      await page.getByRole('grid', { name: 'Commitments' }).scrollIntoViewIfNeeded();
      await screenshot(page, `overview-${theme.name}-450`);
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  });
}
