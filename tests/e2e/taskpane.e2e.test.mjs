// The Outlook task pane in standalone mode (demo inbox, local store), in Chromium: the whole life of
// a commitment with the page clock moving on, the create flow by keyboard only, axe, and screenshots
// at Outlook's 320 px and 450 px in light, dark and high-contrast themes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openAt, screenshot, seriousA11yViolations, startApp } from './harness.mjs';

// Wednesday 25 Nov 2026, 09:30 in London (the harness's zone): a business day with time left.
const START = new Date('2026-11-25T09:30:00Z');

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

async function openPane(browser, query) {
  return openAt(browser, `${app.baseUrl}/taskpane.html?${query}`, START);
}

/** The browser host shows each customer draft in a dialog; check it and close it. */
async function closeDraft(page, expected) {
  const dialog = page.getByRole('dialog', { name: 'Draft for your customer' });
  await dialog.waitFor();
  if (expected !== undefined) assert.match(await dialog.getByRole('textbox').inputValue(), expected);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Recorded when sent: the browser cannot tell, so Kept asks once; answer yes. */
async function confirmSent(page) {
  const question = page.getByRole('group', { name: /^Did you send/ });
  await question.waitFor();
  await question.getByRole('button', { name: 'Yes, I sent it' }).click();
  await question.waitFor({ state: 'hidden' });
}

describe('task pane: the whole life of a commitment', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser({ width: 320, height: 1000 });
  });
  after(async () => {
    await browser?.close();
  });

  it('create → share plan → tick → update due → update → concern → deliver → feedback', async () => {
    const page = await openPane(browser, 'item=demo-item-1');
    await page.getByRole('heading', { name: 'Record a commitment' }).waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: 'What you promise' }).inputValue(),
      'Monthly revenue dashboard refresh is failing',
    );

    // Bad input first: the specific messages show beside the fields, nothing is saved.
    await page.getByRole('button', { name: 'Save commitment' }).click();
    assert.equal(await page.getByText('Choose a date.').count(), 2);

    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.getByRole('textbox', { name: 'Step 1: what' }).fill('Find why the refresh job fails');
    await page.getByLabel('Step 1: by').fill('2026-11-27');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.getByRole('textbox', { name: 'Step 2: what' }).fill('Fix and backfill November');
    await page.getByLabel('Step 2: by').fill('2026-12-10');
    await page.getByRole('textbox', { name: 'Done means…' }).fill('The dashboard shows this month’s revenue.');
    await page.getByLabel(/^Target date/).fill('2026-12-11');
    await page.getByLabel(/^Promised date/).fill('2026-12-01');
    await page.getByRole('button', { name: 'Save commitment' }).click();
    await page.getByText('This step is due after the promised date', { exact: false }).first().waitFor();
    await page.getByLabel(/^Promised date/).fill('2026-12-15');
    await page.getByRole('button', { name: 'Save commitment' }).click();

    const title = page.getByRole('heading', { name: 'Monthly revenue dashboard refresh is failing', level: 2 });
    await title.waitFor();
    await page.getByText('Awaiting acknowledgement').first().waitFor();

    // Share plan: the draft opens; once the user says it was sent, the history records it and the
    // request counts as acknowledged.
    await page.getByRole('button', { name: 'Share plan', exact: true }).click();
    await closeDraft(page, /Find why the refresh job fails/);
    assert.equal(await page.getByText('shared the plan with the customer').count(), 0);
    await confirmSent(page);
    await page.getByText('shared the plan with the customer').waitFor();
    await page
      .getByText(/Sent, as Avery Chen confirmed/)
      .first()
      .waitFor();
    await page.getByText('On track').first().waitFor();

    await page.getByRole('checkbox', { name: 'Find why the refresh job fails' }).click();
    await page.getByText('completed “Find why the refresh job fails”').waitFor();

    // Eight days later the update rhythm (every 5 business days) says an update is due.
    await page.clock.fastForward(8 * 24 * 3600 * 1000);
    await page.getByText('Update overdue').first().waitFor();
    await page.getByText(/The update to the customer was due .*business days? late\./).waitFor();

    await page.getByRole('button', { name: 'Send update' }).click();
    await page.getByRole('textbox', { name: 'Note for the customer' }).fill('The job fails on a renamed column.');
    await page.getByRole('button', { name: 'Open update draft' }).click();
    await closeDraft(page, /renamed column/);
    await confirmSent(page);
    await page.getByText('sent an update: on track').waitFor();
    await page.getByText('On track').first().waitFor();

    await page.getByRole('button', { name: 'Raise concern' }).click();
    await page.getByRole('textbox', { name: 'What is at risk' }).fill('The backfill needs a change freeze window.');
    await page.getByRole('textbox', { name: 'Recovery action' }).fill('Run the backfill overnight on the 17th.');
    await page.getByRole('textbox', { name: 'Option 1' }).fill('November numbers first, December after');
    await page.getByLabel('Proposed new date (optional)').fill('2026-12-18');
    await page.getByRole('button', { name: 'Open concern draft' }).click();
    await closeDraft(page, /change freeze/);
    await confirmSent(page);
    await page
      .getByText(/raised a concern and proposed .*18 Dec 2026: The backfill needs a change freeze window\./)
      .waitFor();
    // Only proposed: the promise stands and the commitment is at risk until the customer answers.
    await page.getByText(/18 Dec 2026, waiting for the customer’s answer/).waitFor();
    await page.getByText('At risk').first().waitFor();
    await page.getByRole('button', { name: 'Record the customer’s answer' }).click();
    await page.getByRole('radio', { name: /^Accepted / }).check();
    await page.getByRole('button', { name: 'Record the answer' }).click();
    await page.getByText(/moved the promised date from .*15 Dec 2026 to .*18 Dec 2026/).waitFor();

    await page.getByRole('checkbox', { name: 'Fix and backfill November' }).click();
    await page.getByText('completed “Fix and backfill November”').waitFor();
    await page.getByRole('button', { name: 'Deliver' }).click();
    await page.getByRole('textbox', { name: 'Delivery note' }).fill('The dashboard refreshes again.');
    await page.getByRole('button', { name: 'Open delivery draft' }).click();
    await closeDraft(page, /How did we do/);
    await confirmSent(page);
    await page.getByText('Delivered', { exact: true }).first().waitFor();

    await page.getByRole('button', { name: 'Record feedback' }).click();
    await page.getByRole('radio', { name: '5 of 5' }).check();
    await page.getByRole('textbox', { name: 'Comment' }).fill('Thanks for the early warning.');
    await page.getByRole('button', { name: 'Save feedback' }).click();
    await page.getByText('Customer feedback: 5 of 5.', { exact: false }).waitFor();

    // A reload shows the same commitment, with its whole history.
    await page.reload();
    await title.waitFor();
    await page.getByText('Customer feedback: 5 of 5.', { exact: false }).waitFor();
    await screenshot(page, 'taskpane-life-delivered-320-light');
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(page.errors, []);
  });

  it('keeps what was typed across a reload', async () => {
    const page = await openPane(browser, 'item=demo-item-9');
    const field = page.getByRole('textbox', { name: 'What you promise' });
    await field.fill('Add the Region filter');
    await page.reload();
    await page.getByRole('heading', { name: 'Record a commitment' }).waitFor();
    assert.equal(await field.inputValue(), 'Add the Region filter');
    await page.getByRole('button', { name: 'Discard' }).click();
    assert.match(await field.inputValue(), /Region/);
    assert.deepEqual(page.errors, []);
  });
});

describe('task pane: edit the plan of a saved commitment', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser({ width: 320, height: 1000 });
  });
  after(async () => {
    await browser?.close();
  });

  it('opens on the plan: the pane shows no loading state before it', async () => {
    const page = await browser.newPage();
    await page.clock.install({ time: START });
    await page.addInitScript(() => {
      window.keptSawLoading = false;
      const look = () => {
        const pane = document.querySelector('[aria-label^="Kept: "]');
        const plan = [...(pane?.querySelectorAll('h2, h3') ?? [])].some((h) => h.textContent?.trim() === 'Plan');
        if (!plan && pane?.querySelector('[role="progressbar"]')) window.keptSawLoading = true;
      };
      new MutationObserver(look).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${app.baseUrl}/taskpane.html?item=demo-item-2`);
    await page.getByRole('heading', { name: 'Plan' }).waitFor();
    assert.equal(await page.evaluate(() => window.keptSawLoading), false);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('adds a forgotten step; it is still there after a reload', async () => {
    const page = await openPane(browser, 'item=demo-item-2');
    await page.getByRole('button', { name: 'Edit plan' }).click();
    const form = page.getByRole('form', { name: 'Edit the plan' });
    await form.waitFor();
    assert.equal(
      await form.getByRole('textbox', { name: 'Step 1: what' }).inputValue(),
      'Confirm the five regional leads with Jonas',
    );
    await form.getByRole('button', { name: 'Add a step' }).click();
    await form.getByRole('textbox', { name: 'Step 4: what' }).fill('Send the leads a one-page how-to');
    assert.deepEqual(await seriousA11yViolations(page), []);
    await screenshot(page, 'taskpane-edit-320-light');
    await form.getByRole('button', { name: 'Save changes' }).click();

    const added = page.getByRole('checkbox', { name: 'Send the leads a one-page how-to' });
    await added.waitFor();
    // The step ticked before the edit is still ticked.
    assert.equal(
      await page.getByRole('checkbox', { name: 'Confirm the five regional leads with Jonas' }).isChecked(),
      true,
    );
    await page.reload();
    await added.waitFor();
    assert.equal(await page.getByRole('form', { name: 'Edit the plan' }).count(), 0);
    assert.deepEqual(page.errors, []);
  });

  it('two tabs edit the same plan: the other tab’s change shows in the open form, and a title both changed is asked', async () => {
    const a = await openPane(browser, 'item=demo-item-2');
    const b = await openPane(browser, 'item=demo-item-2');
    const open = async (page) => {
      await page.getByRole('button', { name: 'Edit plan' }).click();
      const form = page.getByRole('form', { name: 'Edit the plan' });
      await form.waitFor();
      return form;
    };
    const formA = await open(a);
    const formB = await open(b);
    const target = (form) => form.getByLabel(/^Target date/);
    const title = (form) => form.getByRole('textbox', { name: 'What you promise' });

    await title(formA).fill('Regional leads trained (tab A)');
    const promised = await formB.getByLabel(/^Promised date/).inputValue();
    await title(formB).fill('Regional leads onboarded (tab B)');
    await target(formB).fill(promised);
    await formB.getByRole('button', { name: 'Save changes' }).click();
    await formB.waitFor({ state: 'hidden' });

    // Tab A, without saving: B's date is in the form, and the title both changed is a question.
    const question = formA.getByRole('radiogroup', { name: 'What you promise' });
    await question.waitFor();
    assert.equal(await target(formA).inputValue(), promised);
    assert.equal(await title(formA).inputValue(), 'Regional leads trained (tab A)');
    await question.getByRole('radio', { name: /Saved by someone else/ }).focus();
    await a.keyboard.press('ArrowUp');
    assert.equal(await question.getByRole('radio', { name: /^Yours/ }).isChecked(), true);
    assert.deepEqual(await seriousA11yViolations(a), []);
    await screenshot(a, 'taskpane-edit-two-editors-320-light');
    await formA.getByRole('button', { name: 'Save changes' }).click();
    await formA.waitFor({ state: 'hidden' });

    await b.reload();
    await b.getByRole('heading', { name: 'Regional leads trained (tab A)', level: 2 }).waitFor();
    await b.getByRole('button', { name: 'Edit plan' }).click();
    assert.equal(await target(b.getByRole('form', { name: 'Edit the plan' })).inputValue(), promised);
    assert.deepEqual(a.errors, []);
    assert.deepEqual(b.errors, []);
    await a.close();
    await b.close();
  });
});

describe('task pane: the simulated Outlook around it', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser({ width: 1280, height: 800 });
  });
  after(async () => {
    await browser?.close();
  });

  it('fits the window as Outlook does: a meeting chosen in the URL shows in the calendar, and the page does not scroll', async () => {
    const page = await openPane(browser, 'item=demo-ical-hr');
    const inbox = page.getByRole('navigation', { name: 'Demo inbox and calendar' });
    const selected = inbox.locator('button[aria-current="true"]');
    await selected.waitFor();
    // The reveal runs as the lists are drawn, before any test action could scroll them.
    const seen = await page.evaluate(() => {
      const nav = document.querySelector('nav[aria-label="Demo inbox and calendar"]');
      const item = nav.querySelector('button[aria-current="true"]').getBoundingClientRect();
      const box = nav.getBoundingClientRect();
      return {
        inView: item.top >= box.top - 1 && item.bottom <= box.bottom + 1 && item.bottom <= window.innerHeight + 1,
        listScrolled: nav.scrollTop > 0,
        pageTaller: document.scrollingElement.scrollHeight - window.innerHeight,
      };
    });
    assert.deepEqual(seen, { inView: true, listScrolled: true, pageTaller: 0 });
    assert.match(await selected.textContent(), /HR analytics sync/);
    // Kept's pane scrolls on its own: its last action is reached inside it, the window stays put.
    const pane = page.getByRole('region', { name: 'Kept task pane' });
    await pane.getByRole('button', { name: 'Send recap' }).waitFor();
    const paneScrolls = await pane.evaluate((el) => el.scrollHeight > el.clientHeight);
    assert.equal(paneScrolls, true);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
  it('a form opened low in the pane comes into view whole, not only its heading', async () => {
    const page = await openPane(browser, 'item=demo-item-4');
    const pane = page.getByRole('region', { name: 'Kept task pane' });
    const open = pane.getByRole('button', { name: 'Send update' });
    await open.waitFor();
    // The button two thirds down the pane, as after reading the plan above it.
    await open.evaluate((button) => {
      const scroller = button.closest('[aria-label="Kept task pane"]');
      const box = scroller.getBoundingClientRect();
      scroller.scrollTop += button.getBoundingClientRect().top - (box.top + (box.height * 2) / 3);
    });
    await open.click();
    const form = pane.getByRole('form', { name: 'Send an update' });
    await form.waitFor();
    const seen = await form.evaluate((element) => {
      const box = element.closest('[aria-label="Kept task pane"]').getBoundingClientRect();
      const at = element.getBoundingClientRect();
      return { fits: at.height <= box.height, top: at.top >= box.top - 1, bottom: at.bottom <= box.bottom + 1 };
    });
    assert.deepEqual(seen, { fits: true, top: true, bottom: true });
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

describe('task pane: create with the keyboard only', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser({ width: 450, height: 1000 });
  });
  after(async () => {
    await browser?.close();
  });

  /** Presses Tab until the focused control has this accessible label (fails after 80 presses). */
  async function tabTo(page, label) {
    for (let i = 0; i < 80; i++) {
      const name = await page.evaluate(() => {
        const el = document.activeElement;
        if (el === null) return '';
        const labelled = el.getAttribute('aria-labelledby');
        const byId = labelled
          ?.split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
        return (el.getAttribute('aria-label') ?? byId ?? el.labels?.[0]?.textContent ?? el.textContent ?? '').trim();
      });
      if (name.replace(/\s*\*$/, '') === label) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`could not reach “${label}” with Tab`);
  }

  it('records a commitment without the mouse', async () => {
    const page = await openPane(browser, 'item=demo-item-9');
    await page.getByRole('heading', { name: 'Record a commitment' }).waitFor();
    await tabTo(page, 'What you promise');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Headcount by department, month end');
    await tabTo(page, 'Add a step');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Step 1: what');
    await page.keyboard.type('Pull month-end headcount');
    await tabTo(page, 'Target date');
    // Chromium's date field takes digits in its UI locale's order (month/day or day/month, year
    // last); 12 December reads the same either way.
    await page.keyboard.type('12122026');
    await tabTo(page, 'Promised date');
    await page.keyboard.type('12122026');
    await tabTo(page, 'Save commitment');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Headcount by department, month end', level: 2 }).waitFor();
    await page.getByRole('checkbox', { name: 'Pull month-end headcount' }).waitFor();
    assert.deepEqual(page.errors, []);
  });
});

describe('task pane: screenshots and accessibility', () => {
  for (const width of [320, 450]) {
    for (const theme of ['light', 'dark', 'high-contrast']) {
      it(`${width} px, ${theme}`, async () => {
        const browser = await launchBrowser({
          width,
          height: 1100,
          // The app's own high-contrast theme (?theme=), as Teams and Outlook ask for it.
          colorScheme: theme === 'dark' ? 'dark' : 'light',
        });
        try {
          const page = await openPane(browser, `item=demo-item-1&width=${width}&theme=${theme}`);
          await page.emulateMedia({ reducedMotion: 'reduce' });
          await page.getByRole('heading', { name: 'Record a commitment' }).waitFor();
          await page.getByRole('button', { name: 'Add a step' }).click();
          await page.getByRole('button', { name: 'Save commitment' }).click();
          await page.getByText('Describe this step, or remove it.').waitFor();
          assert.deepEqual(await seriousA11yViolations(page), []);
          await screenshot(page, `taskpane-create-${width}-${theme}`);

          await page.goto(`${app.baseUrl}/taskpane.html?item=demo-item-4&width=${width}&theme=${theme}`);
          await page.getByRole('heading', { name: 'Plan' }).waitFor();
          await page.getByRole('button', { name: 'Raise concern' }).click();
          await page.getByRole('heading', { name: 'Raise a concern' }).waitFor();
          // Judge colours at rest: no hover, no colour transition caught half-way.
          await page.mouse.move(0, 0);
          assert.deepEqual(await seriousA11yViolations(page), []);
          await screenshot(page, `taskpane-commitment-${width}-${theme}`);
          assert.deepEqual(page.errors, []);
        } finally {
          await browser.close();
        }
      });
    }
  }
});
