// The thread is the record (issue 14), in Chromium on the standalone demo: the demo inbox receives
// the customer's reply and Kept's pane shows it, with one click to record what it meant; a reply the
// owner sends in the thread is recorded as an update, dated when it was sent.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openAt, seriousA11yViolations, startApp } from './harness.mjs';

// Wednesday 25 Nov 2026, 14:30 in London (the harness's zone): a business day, after the demo's
// morning entries (the HR roster's concern was raised at 10:00).
const START = new Date('2026-11-25T14:30:00Z');

let app;
let browser;
before(async () => {
  app = await startApp();
  // Wide enough for the demo inbox's reading pane beside Kept's pane.
  browser = await launchBrowser({ width: 1280, height: 1200 });
});
after(async () => {
  await browser?.close();
  await app?.close();
});

describe('the request’s thread in the demo inbox', () => {
  it('shows a customer’s reply when it arrives, and records it as acceptance of the proposed date in one click', async () => {
    const page = await openAt(browser, `${app.baseUrl}/taskpane.html?item=demo-item-13&reset=1`, START);
    const pane = page.getByRole('region', { name: 'Kept task pane' });
    await pane.getByText('Nightly sync of the HR roster to the warehouse').first().waitFor();
    // Nothing from the customer yet.
    assert.equal(await pane.getByRole('heading', { name: 'The customer’s reply' }).count(), 0);

    const reading = page.getByRole('article', { name: 'Nightly sync of the HR roster' });
    await reading.getByRole('textbox', { name: /^Reply from / }).fill('Thanks, 3 December works for us.');
    await reading.getByRole('button', { name: /^Receive the reply from / }).click();

    await pane.getByRole('heading', { name: 'The customer’s reply' }).waitFor();
    await pane.getByText(/replied (now|this minute)/).waitFor();
    await pane.getByText('Thanks, 3 December works for us.').waitFor();
    const meanings = pane.getByRole('group', { name: /What did the reply mean/ });
    const accept = meanings.getByRole('button', { name: /^Accepted / });
    const proposed = (await accept.textContent()).replace(/^Accepted /, '');
    assert.deepEqual(await seriousA11yViolations(page), []);

    await accept.click();
    await pane.getByText('You have answered this reply.').waitFor();
    // The proposed date is the promise now, and the history says the customer accepted it.
    const accepted = pane.getByText(/accepted .+ as the new date/);
    await accepted.waitFor();
    assert.ok((await accepted.textContent()).includes(proposed), 'the history names the accepted date');
    assert.equal(await pane.getByText(/waiting for the customer’s answer/).count(), 0);
    assert.equal(await meanings.count(), 0);
    // Opened again (no reset): what was recorded stays, and the reply is not learnt twice.
    await page.goto(`${app.baseUrl}/taskpane.html?item=demo-item-13`);
    await pane.getByText('You have answered this reply.').waitFor();
    assert.equal(await pane.getByText(/replied (now|this minute)/).count(), 1);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('records a reply the owner sends in the thread as an update, dated when it was sent', async () => {
    const page = await openAt(browser, `${app.baseUrl}/taskpane.html?item=demo-item-2&reset=1`, START);
    const pane = page.getByRole('region', { name: 'Kept task pane' });
    await pane.getByText('Grant the regional leads read access to the pipeline dataset').first().waitFor();
    const history = pane.getByRole('heading', { name: 'History' });
    await history.waitFor();
    assert.equal(await pane.getByText(/replied to the customer in the thread/).count(), 0);

    // Forty minutes on, the owner answers the customer in Outlook (the demo inbox).
    await page.clock.fastForward('40:00');
    const reading = page.getByRole('article', { name: 'Access to the sales pipeline dataset for Q1 planning' });
    await reading.getByRole('button', { name: 'Send your reply' }).click();

    const entry = pane.getByText(/replied to the customer in the thread \(counts as an update\)/);
    await entry.waitFor();
    const item = pane.getByRole('listitem').filter({ hasText: /replied to the customer in the thread/ });
    // Sent at 15:10 London time: the history shows when it was sent.
    assert.match(await item.textContent(), /15:10/);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
