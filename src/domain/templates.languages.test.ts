import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from './calendar';
import { loadMessageLanguage } from './i18n/load';
import { commitmentId, stepId, teamId } from './ids';
import { concernDraft, deliveryDraft, meetingRecapDraft, planDraft, replySubject, updateDraft } from './templates';
import type { Commitment, TeamSettings } from './types';

// Drafts in the customer's language: words, dates, digits, direction and language tag, and English
// user text set into a Persian sentence without breaking its order.

const settings: TeamSettings = {
  teamId: teamId('team-1'),
  teamName: 'Data Platform',
  version: 1,
  acknowledgeWithinHours: 4,
  defaultCadenceDays: 5,
  defaultBufferDays: 2,
  calendar: { ...DEFAULT_CALENDAR, timeZone: 'Europe/Helsinki' },
  followUpReminders: 'off',
};

const commitment = (overrides: Partial<Commitment> = {}): Commitment => ({
  id: commitmentId('c1'),
  version: 1,
  teamId: teamId('team-1'),
  title: 'Revenue dashboard (Q4)',
  customer: { name: 'Sara Ahmadi', email: 'sara@contoso.com' },
  owner: { name: 'Aino Virtanen', email: 'aino@contoso.com' },
  checker: { name: 'Li Wei', email: 'li@contoso.com' },
  source: {
    kind: 'email',
    internetMessageId: '<m1@contoso.com>',
    conversationId: 'conv',
    subject: 'Revenue dashboard',
    receivedAt: '2026-11-23T08:00:00.000Z',
  },
  requestedAt: '2026-11-23T08:00:00.000Z',
  steps: [{ id: stepId('s1'), text: 'Fix the refresh job.', dueDate: '2026-11-27' }],
  acceptanceCriteria: 'The dashboard shows November.',
  targetDate: '2026-11-30',
  promisedDate: '2026-12-02',
  updateCadenceDays: 5,
  history: [],
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T09:00:00.000Z',
  deliveredAt: '2026-11-30T12:00:00.000Z',
  ...overrides,
});

const c = commitment();
const drafts = (locale: string) => [
  planDraft(c, settings, locale),
  updateDraft(c, { note: 'Nearly there.', onTrack: true }, settings, locale),
  concernDraft(c, { risk: 'Source data late', recovery: 'Backfill', options: ['Wait'] }, settings, locale),
  deliveryDraft(c, 'Done.', settings, locale),
  meetingRecapDraft(
    'Planning',
    [{ owner: c.owner, customer: c.customer, title: c.title, promisedDate: c.promisedDate, done: false }],
    locale,
  ),
];

beforeAll(async () => {
  await Promise.all(['fi', 'fa', 'zh-Hans'].map(loadMessageLanguage));
});

describe('drafts in Persian', () => {
  it('are right to left, say lang="fa", and are worded in Persian with Persian digits', () => {
    for (const d of drafts('fa')) {
      expect(d.html).toMatch(/^<div dir="rtl" lang="fa" style="[^"]*text-align:right">/);
      expect([d.lang, d.dir]).toEqual(['fa', 'rtl']);
      expect(d.text).not.toMatch(/\b(thank|you|will|hi)\b/i);
    }
    const plan = planDraft(c, settings, 'fa');
    expect(plan.text).toContain('آن را تا ⁨چهارشنبه ۲ دسامبر ۲۰۲۶⁩ دریافت خواهید کرد.');
    expect(plan.text).toContain('هر ۵ روز کاری');
  });

  it('set an English title into a Persian sentence as its own left-to-right span', () => {
    const plan = planDraft(c, settings, 'fa');
    expect(plan.html).toContain('برنامهٔ من برای انجام «<span dir="ltr">Revenue dashboard (Q4)</span>» این است.');
    // The plain text isolates it the Unicode way; the subject carries no invisible characters.
    expect(plan.text).toContain('«\u2068Revenue dashboard (Q4)\u2069»');
    expect(plan.subject).toBe('پاسخ: Revenue dashboard');
  });

  it('keep the message direction for a sentence that starts with a Latin name, and the writer’s for their own text', () => {
    const plan = planDraft(c, settings, 'fa');
    expect(plan.html).toContain('<p style="margin:0 0 12px"><span dir="ltr">Li Wei</span> نتیجه را');
    expect(plan.html).toContain('<p dir="auto" style="margin:0 0 12px">The dashboard shows November.</p>');
  });
});

describe('drafts in Finnish and Chinese', () => {
  it('are left to right, tagged, and worded in the language', () => {
    for (const d of drafts('fi')) expect(d.html).toMatch(/^<div dir="ltr" lang="fi"/);
    for (const d of drafts('zh-Hans')) expect(d.html).toMatch(/^<div dir="ltr" lang="zh-Hans"/);
    expect(planDraft(c, settings, 'fi').text).toMatch(/^Hei Sara,\n\nKiitos pyynnöstäsi\./);
    expect(planDraft(c, settings, 'fi').text).toContain('Saat sen viimeistään ke 2.12.2026.');
    expect(planDraft(c, settings, 'zh-Hans').text).toMatch(/^Sara，您好！/);
    expect(planDraft(c, settings, 'zh-Hans').text).toContain('您将在 2026年12月2日周三前收到。');
  });

  it('answer with the language’s reply prefix, and never stack one on another', () => {
    expect(planDraft(c, settings, 'fi').subject).toBe('VS: Revenue dashboard');
    expect(planDraft(c, settings, 'zh-Hans').subject).toBe('答复: Revenue dashboard');
    for (const subject of ['RE: Revenue', 'VS: Revenue', '答复：Revenue', 'پاسخ: Revenue', 'AW: Revenue']) {
      const replied = commitment({ source: { ...c.source, subject } as Commitment['source'] });
      expect(replySubject(replied, 'fi', 'domain.draft.plan.subject')).toBe(subject);
    }
  });
});
