import { ArrowRightRegular } from '@fluentui/react-icons/svg/arrow-right';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadLocale } from '../../domain/i18n/load';
import { commitmentId } from '../../domain/ids';
import type { Commitment } from '../../domain/types';
import { demoWorld } from '../../hosts/browser/demoData';
import type { HostItem } from '../../hosts/HostContext';
import { defaultTeamSettings } from '../../store/defaultSettings';
import { createLocalStore } from '../../store/local';
import { renderWithServices, testServices, TEST_TEAM } from '../../../tests/fixtures/renderWithServices';
import { EmailPane } from './EmailPane';

// The pane speaks its user's language; the customer's messages speak the customer's.

type Email = Extract<HostItem, { kind: 'email' }>;
const NOW = new Date('2026-11-25T10:00:00Z');

const email = (n: number, from = { name: 'Aino Virtanen', email: 'aino@contoso.example' }): Email => ({
  kind: 'email',
  internetMessageId: `<ask-${n}@contoso.example>`,
  conversationId: `conv-${n}`,
  itemId: `item-${n}`,
  subject: `Myyntiraportti ${n}`,
  from,
  to: [],
  receivedAt: '2026-11-24T08:00:00.000Z',
});

const earlier = (source: Email, overrides: Partial<Commitment>): Commitment => ({
  id: commitmentId(`c-${source.itemId}`),
  version: 0,
  teamId: TEST_TEAM,
  title: `Promise ${source.itemId}`,
  customer: source.from,
  owner: { name: 'Avery Chen', email: 'avery.chen@contoso.example' },
  source: { kind: 'manual' },
  requestedAt: source.receivedAt,
  steps: [],
  acceptanceCriteria: '',
  targetDate: '2026-12-01',
  promisedDate: '2026-12-03',
  updateCadenceDays: 5,
  history: [],
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  ...overrides,
});

let store: ReturnType<typeof createLocalStore>;
beforeAll(async () => {
  await loadLocale('fa');
});
beforeEach(() => {
  localStorage.clear();
  store = createLocalStore({ dbName: `languages-${Math.random()}` });
});
afterEach(() => store.close());

const languagePicker = () => screen.findByRole('combobox', { name: 'Language of messages to the customer' });

describe('the customer’s message language', () => {
  it('defaults to the language the team last wrote to this customer in, and is saved with the commitment', async () => {
    const user = userEvent.setup();
    await store.create(earlier(email(1), { messageLanguage: 'fi' }));
    renderWithServices(<EmailPane email={email(2)} />, testServices({ store, now: NOW, item: email(2) }));
    const picker = (await languagePicker()) as HTMLSelectElement;
    expect(picker.value).toBe('fi');
    // A customer the team never wrote to: the user's own language.
    await user.clear(screen.getByRole('textbox', { name: /customer email/i }));
    await user.type(screen.getByRole('textbox', { name: /customer email/i }), 'new@contoso.example');
    expect(picker.value).toBe('en');
    await user.selectOptions(picker, 'zh-Hans');
    expect(within(picker).getByRole('option', { name: '简体中文' }).getAttribute('lang')).toBe('zh-Hans');

    await user.type(screen.getByLabelText('Target date', { exact: false, selector: 'input' }), '2026-12-01');
    await user.type(screen.getByLabelText('Promised date', { exact: false, selector: 'input' }), '2026-12-03');
    await user.click(screen.getByRole('button', { name: 'Save commitment' }));
    await screen.findByRole('heading', { name: 'Myyntiraportti 2', level: 2 });
    const [saved] = await store.findBySource({ kind: 'email', internetMessageId: email(2).internetMessageId });
    expect(saved?.messageLanguage).toBe('zh-Hans');
    // The pane is English; it says the drafts will not be.
    expect(screen.getByText('Messages in').nextElementSibling?.textContent).toBe('简体中文');
  });

  it('writes the plan in the customer’s language, marked with its language and direction, in an English pane', async () => {
    const user = userEvent.setup();
    const persian = email(3, { name: 'سارا احمدی', email: 'sara@contoso.example' });
    await store.create(
      earlier(persian, {
        title: 'Sales report in Power BI',
        source: {
          kind: 'email',
          internetMessageId: persian.internetMessageId,
          conversationId: persian.conversationId,
          subject: persian.subject,
          receivedAt: persian.receivedAt,
        },
        messageLanguage: 'fa',
      }),
    );
    renderWithServices(<EmailPane email={persian} />, testServices({ store, now: NOW, item: persian }));
    await user.click(await screen.findByRole('button', { name: 'Share plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Draft for your customer' });
    const body = within(dialog).getByRole('textbox') as HTMLTextAreaElement;
    expect([body.lang, body.dir]).toEqual(['fa', 'rtl']);
    expect(body.value).toMatch(/^سلام \u2068سارا\u2069 عزیز،/);
    expect(body.value).toContain('«\u2068Sales report in Power BI\u2069»');
    // The dialog around it stays in the user's language.
    expect(within(dialog).getByText(/Outlook is not available here/)).toBeTruthy();
  });
});

describe('a right-to-left pane', () => {
  it('points "Back" to the right, the way a Persian reader came from', async () => {
    const user = userEvent.setup();
    const request = email(4);
    await store.create(
      earlier(request, {
        source: {
          kind: 'email',
          internetMessageId: request.internetMessageId,
          conversationId: request.conversationId,
          subject: request.subject,
          receivedAt: request.receivedAt,
        },
      }),
    );
    renderWithServices(<EmailPane email={request} />, testServices({ store, now: NOW, item: request, locale: 'fa' }));
    await user.click(await screen.findByRole('button', { name: 'افزودن تعهد دیگر' }));
    const back = await screen.findByRole('button', { name: 'بازگشت' });
    const arrowRight = render(<ArrowRightRegular />).container.querySelector('svg')!;
    expect(back.querySelector('svg')?.innerHTML).toBe(arrowRight.innerHTML);
  });
});

describe('a Chinese pane', () => {
  // Chinese sets no space between Chinese characters, and full-width punctuation carries its own.
  const CJK = '[\\u3000-\\u303f\\u4e00-\\u9fff\\uff01-\\uff5e]';
  const misplacedSpace = new RegExp(`${CJK} ${CJK}|[\\u4e00-\\u9fff] ?\\(|：\\s`);

  it('sets dates, their distance and the status reasons without Latin spacing or half-width brackets', async () => {
    await loadLocale('zh-CN');
    const settings = { ...defaultTeamSettings(TEST_TEAM, 'Test team', 'Europe/London'), version: 1 };
    const world = demoWorld(NOW, settings);
    const request = world.emails.find((e) => e.subject.includes('客户流失'))!;
    await store.replaceAll(world.commitments, [settings]);
    renderWithServices(
      <EmailPane email={request} />,
      testServices({ store, now: NOW, item: request, locale: 'zh-CN' }),
    );
    const pane = await screen.findByRole('article');
    await within(pane).findByRole('heading', { name: '操作' });
    const lines = [...pane.querySelectorAll('dd, li, p, span')].map((e) => e.textContent ?? '');
    expect(lines.filter((line) => misplacedSpace.test(line))).toEqual([]);
    expect(lines.some((line) => /^\d{4}年\d+月\d+日周.（\d+天后）$/.test(line))).toBe(true);
  });
});
