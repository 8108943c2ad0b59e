// Every surface in Persian (right to left) and Simplified Chinese, in Chromium: the page's language
// and direction, axe, drafts in the customer's language while the pane stays in the user's, a chart
// and a table that run right to left, and screenshots at Outlook's 320 px (looked at by a person:
// clipping, mirrored icons, mixed-direction text).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openAt, screenshot, screenshotDir, seriousA11yViolations, startApp } from './harness.mjs';

// Wednesday 25 Nov 2026, 09:30 in London (the harness's zone): a business day with time left.
const START = new Date('2026-11-25T09:30:00Z');

/** What a reader of each language sees, for finding things the way they would. */
const LOCALES = [
  {
    lang: 'fa',
    htmlLang: 'fa',
    dir: 'rtl',
    ownRequest: {
      item: 'demo-item-11',
      title: 'انتقال گزارش ماهانهٔ فروش به Power BI',
      greeting: /^سلام .*سارا.* عزیز،/,
    },
    meeting: 'demo-ical-planning',
    words: {
      pane: 'قاب وظیفهٔ Kept',
      // The page's title names it as the demo's top bar does; a right-to-left page sets it in an isolate
      // (U+2068…U+2069), as every inserted name, after a right-to-left mark.
      pageTitle: '\u200F\u2068قاب وظیفهٔ Outlook\u2069 — Kept',
      record: 'ثبت تعهد',
      update: 'ارسال گزارش پیشرفت',
      updateSubmit: 'باز کردن پیش‌نویس گزارش',
      concern: 'اعلام نگرانی',
      proposedDate: 'تاریخ جدید پیشنهادی (اختیاری)',
      draft: 'پیش‌نویس برای مشتری شما',
      close: 'بستن',
      table: 'تعهدها',
      metrics: 'سنجه‌ها',
      showData: 'نمایش اعداد',
      settings: 'تنظیمات تیم',
      standards: 'استانداردهای خدمت',
      meetingHeading: 'وعده‌های این جلسه',
      start: 'شروع',
      openOverview: 'باز کردن نمای کلی',
    },
  },
  {
    lang: 'zh-CN',
    htmlLang: 'zh-CN',
    dir: 'ltr',
    ownRequest: { item: 'demo-item-12', title: '按国家统计的客户流失分析', greeting: /^王芳，您好！/ },
    meeting: 'demo-ical-apac',
    words: {
      pane: 'Kept 任务窗格',
      pageTitle: 'Outlook 任务窗格 — Kept',
      record: '记录承诺',
      update: '发送进度更新',
      updateSubmit: '打开进度更新草稿',
      concern: '提出风险',
      proposedDate: '建议的新日期（可选）',
      draft: '给客户的草稿',
      close: '关闭',
      table: '承诺',
      metrics: '指标',
      showData: '显示数字',
      settings: '团队设置',
      standards: '服务标准',
      meetingHeading: '本次会议中的承诺',
      start: '开始',
      openOverview: '打开概览',
    },
  },
];

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

async function elementShot(locator, name) {
  await mkdir(screenshotDir, { recursive: true });
  await locator.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

const pageLanguage = (page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** The draft dialog's body: its text, language and direction. */
async function draftBody(page, words) {
  const dialog = page.getByRole('dialog', { name: words.draft });
  await dialog.waitFor();
  const body = dialog.getByRole('textbox');
  const read = {
    text: await body.inputValue(),
    lang: await body.getAttribute('lang'),
    dir: await body.getAttribute('dir'),
  };
  return { dialog, ...read };
}

for (const locale of LOCALES) {
  const { lang, words } = locale;

  describe(`${lang}: the Outlook task pane at 320 px`, () => {
    let browser;
    before(async () => {
      browser = await launchBrowser({ width: 320, height: 1100 });
    });
    after(async () => {
      await browser?.close();
    });

    it('records a new request in the page language, with the customer’s language to choose', async () => {
      const page = await openAt(browser, `${app.baseUrl}/taskpane.html?item=demo-item-1&lang=${lang}`, START);
      await page.getByRole('heading', { name: words.record }).waitFor();
      assert.deepEqual(await pageLanguage(page), { lang: locale.htmlLang, dir: locale.dir });
      await page.waitForFunction((title) => document.title === title, words.pageTitle);
      // Priya writes in English: the team's earlier commitments remember it, so her drafts default to English.
      const language = page.locator('select').filter({ has: page.locator('option[value="fa"]') });
      assert.equal(await language.inputValue(), 'en');
      // Typed text takes its own direction: the English subject in the title field starts at the left,
      // not cut off at its beginning by a right-to-left field.
      const title = page.locator('input[type="text"]').first();
      assert.equal(await title.inputValue(), 'Monthly revenue dashboard refresh is failing');
      assert.equal(await title.evaluate((input) => getComputedStyle(input).unicodeBidi), 'plaintext');
      assert.deepEqual(await seriousA11yViolations(page), []);
      await elementShot(page.getByRole('region', { name: words.pane }), `locale-taskpane-create-320-${lang}`);
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    it('shows a request written in the language, and drafts to its customer in that language', async () => {
      const page = await openAt(
        browser,
        `${app.baseUrl}/taskpane.html?item=${locale.ownRequest.item}&lang=${lang}`,
        START,
      );
      await page.getByRole('heading', { name: locale.ownRequest.title, level: 2 }).waitFor();
      assert.deepEqual(await seriousA11yViolations(page), []);
      await elementShot(page.getByRole('region', { name: words.pane }), `locale-taskpane-commitment-320-${lang}`);

      // The concern form's date field sits where the reading starts, under its label. (Inside the
      // field Chromium keeps the date's digits left to right on purpose, whatever the page.)
      await page.getByRole('button', { name: words.concern, exact: true }).click();
      const proposed = page.getByLabel(words.proposedDate);
      await proposed.waitFor();
      const [field, label] = [await proposed.boundingBox(), await page.getByText(words.proposedDate).boundingBox()];
      const edge = locale.dir === 'rtl' ? (box) => box.x + box.width : (box) => box.x;
      assert.ok(Math.abs(edge(field) - edge(label)) < 12, 'the field starts under its label');
      assert.deepEqual(await seriousA11yViolations(page), []);
      await elementShot(page.getByRole('region', { name: words.pane }), `locale-taskpane-concern-320-${lang}`);

      await page.getByRole('button', { name: words.update, exact: true }).click();
      await page.getByRole('button', { name: words.updateSubmit }).click();
      const draft = await draftBody(page, words);
      assert.match(draft.text, locale.ownRequest.greeting);
      assert.deepEqual([draft.lang.split('-')[0], draft.dir], [lang.split('-')[0], locale.dir]);
      assert.deepEqual(await seriousA11yViolations(page), []);
      await screenshot(page, `locale-taskpane-draft-320-${lang}`);
      await draft.dialog.getByRole('button', { name: words.close }).last().click();
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    it('writes to an English-speaking customer in English while the pane stays in the user’s language', async () => {
      const page = await openAt(browser, `${app.baseUrl}/taskpane.html?item=demo-item-4&lang=${lang}`, START);
      await page.getByRole('button', { name: words.update, exact: true }).click();
      await page.getByRole('button', { name: words.updateSubmit }).click();
      const draft = await draftBody(page, words);
      assert.match(draft.text, /^Hi Priya,\n\nHere is an update on/);
      assert.deepEqual([draft.lang, draft.dir], ['en', 'ltr']);
      assert.deepEqual(await pageLanguage(page), { lang: locale.htmlLang, dir: locale.dir });
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  });

  describe(`${lang}: the team overview`, () => {
    let browser;
    before(async () => {
      browser = await launchBrowser({ width: 1100, height: 900 });
    });
    after(async () => {
      await browser?.close();
    });

    it('lays out the table, the details, the metrics and the settings in the page’s direction', async () => {
      const page = await openAt(browser, `${app.baseUrl}/overview.html?lang=${lang}`, START);
      const grid = page.getByRole('grid', { name: words.table });
      await grid.waitFor({ timeout: 60_000 });
      assert.deepEqual(await pageLanguage(page), { lang: locale.htmlLang, dir: locale.dir });
      const rows = page.locator('[role="grid"] [role="row"][data-commitment-id]');
      const box = await grid.boundingBox();
      const first = await rows.first().locator('[aria-colindex="1"]').boundingBox();
      const onTheRight = first.x + first.width > box.x + box.width * 0.6;
      assert.equal(onTheRight, locale.dir === 'rtl', 'the first column starts where the reading starts');
      assert.deepEqual(await seriousA11yViolations(page), []);
      await screenshot(page, `locale-overview-${lang}`);

      await rows.first().click();
      // The details offer the task pane's actions, in the task pane's words.
      await page.getByRole('dialog').getByRole('button', { name: words.update, exact: true }).waitFor();
      assert.deepEqual(await seriousA11yViolations(page), []);
      await screenshot(page, `locale-overview-drawer-${lang}`);
      await page.keyboard.press('Escape');

      await page.getByRole('tab', { name: words.metrics }).click();
      await page.getByRole('heading', { name: words.metrics, level: 2 }).waitFor();
      // The weeks run the way the page reads: the first week's bar is on the right in Persian.
      const bars = page.locator('figure svg rect');
      await bars.first().waitFor();
      const [firstX, lastX] = [
        Number(await bars.first().getAttribute('x')),
        Number(await bars.last().getAttribute('x')),
      ];
      assert.equal(firstX > lastX, locale.dir === 'rtl', 'bars follow the reading direction');
      await page.getByRole('button', { name: words.showData }).first().click();
      assert.deepEqual(await seriousA11yViolations(page), []);
      await screenshot(page, `locale-overview-metrics-${lang}`);

      await page.getByRole('button', { name: words.settings }).click();
      await page.getByRole('dialog', { name: words.standards }).waitFor();
      assert.deepEqual(await seriousA11yViolations(page), []);
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    it('fits a 320 px Teams column', async () => {
      const narrow = await launchBrowser({ width: 320, height: 900 });
      try {
        const page = await openAt(narrow, `${app.baseUrl}/overview.html?lang=${lang}`, START);
        await page.getByRole('grid', { name: words.table }).waitFor({ timeout: 60_000 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `nothing sticks out sideways (${overflow} px)`);
        assert.deepEqual(await seriousA11yViolations(page), []);
        await screenshot(page, `locale-overview-320-${lang}`);
        assert.deepEqual(page.errors, []);
      } finally {
        await narrow.close();
      }
    });
  });

  describe(`${lang}: the meeting side panel, the start page and the tab configuration`, () => {
    it('shows the meeting’s promises in a 320 px panel', async () => {
      const browser = await launchBrowser({ width: 1024, height: 1200 });
      try {
        const page = await openAt(browser, `${app.baseUrl}/meeting.html?meeting=${locale.meeting}&lang=${lang}`, START);
        const panel = page.locator('section[aria-labelledby^="meeting-heading"]').first();
        await page.getByRole('heading', { name: words.meetingHeading, level: 2 }).waitFor();
        assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('form')).direction), locale.dir);
        assert.deepEqual(await seriousA11yViolations(page), []);
        await elementShot(panel, `locale-meeting-320-${lang}`);
        assert.deepEqual(page.errors, []);
      } finally {
        await browser.close();
      }
    });

    it('opens the start page and, outside Teams, the tab configuration in the browser’s language', async () => {
      // No ?lang= here: the browser's own language decides, as it does for a real visitor.
      const browser = await launchBrowser({ width: 320, height: 900, locale: lang });
      try {
        const page = await openAt(browser, `${app.baseUrl}/index.html`, START);
        await page.getByRole('link', { name: words.start }).first().waitFor();
        assert.deepEqual(await pageLanguage(page), { lang: locale.htmlLang, dir: locale.dir });
        assert.deepEqual(await seriousA11yViolations(page), []);
        await screenshot(page, `locale-start-320-${lang}`);

        await page.goto(`${app.baseUrl}/config.html`);
        await page.getByRole('link', { name: words.openOverview }).waitFor({ timeout: 15_000 });
        assert.equal(await page.evaluate(() => document.documentElement.dir), locale.dir);
        assert.deepEqual(await seriousA11yViolations(page), []);
        await screenshot(page, `locale-config-320-${lang}`);
      } finally {
        await browser.close();
      }
    });
  });
}
