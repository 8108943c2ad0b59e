import type { ConcernInput, UpdateInput } from './actions';
import type { MessageAction } from './messageActions';
import { concernOptions } from './actions';
import { localDate } from './calendar';
import { formatDate, formatShortDate, localeDirection, safeLocale } from './format';
import { formatMessage, t as translate, type MessageKey, type MessageParams } from './i18n';
import { catalogFor } from './i18n/locales';
import { ISOLATE_END, ISOLATE_START } from './i18n/wording';
import { historyEntryMessage } from './history';
import type { Commitment, HistoryEntry, Person, PlanStep, TeamSettings } from './types';

// Customer-facing drafts. A draft is built as a few blocks of plain text (paragraphs, headings,
// lists, a table) and rendered twice: as HTML that Outlook's Word engine renders (inline styles
// only, no classes, no external CSS, no scripts, no images) and as plain text. Every string —
// user values and catalog wording alike — is escaped when rendered, so no input can add markup.

/** A locale tag from a host can be malformed; a draft must still be written (in English then). */
const t = (locale: string, key: MessageKey, params?: MessageParams): string =>
  translate(safeLocale(locale), key, params);

/** A draft is written in a language Kept has words for, dates included; any other tag writes English. */
const draftLanguage = (locale: string): string => (catalogFor(locale) === undefined ? 'en' : safeLocale(locale));

/** A message for the customer: the sender edits it in the reply form before it goes. */
export interface Draft {
  readonly subject: string;
  /** Every user value escaped. */
  readonly html: string;
  readonly text: string;
  /** The language it is written in (the customer's), and so its direction: for `lang` and `dir`. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

type Block =
  | { readonly kind: 'p'; readonly text: string; readonly user?: boolean }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] };

// Outlook desktop ignores <style> blocks and most modern CSS; plain inline declarations it keeps.
export const FONT = "font-family:'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#242424";
const CELL = 'border:1px solid #d1d1d1;padding:4px 8px;vertical-align:top';

const ISOLATED = new RegExp(`${ISOLATE_START}([^${ISOLATE_START}${ISOLATE_END}]*)${ISOLATE_END}`, 'g');
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u3040-\u9FFF\uAC00-\uD7AF]/;

/** The direction of a text by its first strong character, as `dir="auto"` decides it. */
export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) return 'rtl';
    if (LTR_CHAR.test(ch)) return 'ltr';
  }
  return undefined;
}

/**
 * A value isolated in a right-to-left sentence (see i18n isolate) becomes a span with its own
 * direction: Outlook's Word engine knows `dir` on a span, but not the Unicode isolate characters.
 */
export const isolatesToSpans = (html: string): string =>
  html.replace(ISOLATED, (_, inner: string) => {
    const dir = textDirection(inner);
    return dir === undefined ? inner : `<span dir="${dir}">${inner}</span>`;
  });

/** User text may hold line breaks (a note typed in a textarea). */
const multiline = (text: string): string => isolatesToSpans(escapeHtml(text)).replace(/\r\n|\r|\n/g, '<br>');

function renderHtml(blocks: readonly Block[], locale: string): string {
  const dir = localeDirection(locale);
  const lang = escapeHtml(safeLocale(locale));
  const align = dir === 'rtl' ? 'right' : 'left';
  const indent = dir === 'rtl' ? 'padding-right:24px' : 'padding-left:24px';
  const parts = blocks.map((b) => {
    switch (b.kind) {
      case 'p':
        // The customer's own words (a note, the criteria) take their own direction; Kept's
        // sentences take the message's, even when they start with a name in another script.
        return `<p${b.user === true ? ' dir="auto"' : ''} style="margin:0 0 12px">${multiline(b.text)}</p>`;
      case 'heading':
        return `<p style="margin:16px 0 4px;font-weight:600">${multiline(b.text)}</p>`;
      case 'list':
        return `<ul style="margin:0 0 12px;${indent}">${b.items
          .map((item) => `<li dir="auto" style="margin:0 0 4px">${multiline(item)}</li>`)
          .join('')}</ul>`;
      case 'table': {
        const head = b.head
          .map(
            (h) => `<th style="${CELL};text-align:${align};font-weight:600;background:#f5f5f5">${escapeHtml(h)}</th>`,
          )
          .join('');
        const rows = b.rows
          .map(
            (row) => `<tr>${row.map((cell) => `<td dir="auto" style="${CELL}">${multiline(cell)}</td>`).join('')}</tr>`,
          )
          .join('');
        return `<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 12px"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
      }
    }
  });
  return `<div dir="${dir}" lang="${lang}" style="${FONT};text-align:${align}">${parts.join('')}</div>`;
}

function renderText(blocks: readonly Block[], textRows?: readonly string[]): string {
  const parts = blocks.map((b) => {
    switch (b.kind) {
      case 'p':
        return b.text;
      case 'heading':
        return b.text;
      case 'list':
        return b.items.map((item) => `- ${item.replace(/\r\n|\r|\n/g, '\n  ')}`).join('\n');
      case 'table':
        return (textRows ?? b.rows.map((row) => row.join(' | '))).map((line) => `- ${line}`).join('\n');
    }
  });
  // A heading sits directly on top of its content; everything else is separated by a blank line.
  return parts
    .reduce<string>((text, part, i) => {
      if (i === 0) return part;
      return `${text}${blocks[i - 1]?.kind === 'heading' ? '\n' : '\n\n'}${part}`;
    }, '')
    .concat('\n');
}

function draft(subject: string, blocks: readonly Block[], locale: string, textRows?: readonly string[]): Draft {
  return {
    // A subject is shown by every mail list; it carries no isolate characters.
    subject: subject.replace(/[\u2068\u2069]/g, ''),
    html: renderHtml(blocks, locale),
    text: renderText(blocks, textRows),
    lang: safeLocale(locale),
    dir: localeDirection(locale),
  };
}

/** Small helpers so the draft builders read like the message they write. */
function words(locale: string) {
  const w = (key: MessageKey, params?: MessageParams): string => t(locale, key, params);
  return {
    w,
    p: (key: MessageKey, params?: MessageParams): Block => ({ kind: 'p', text: w(key, params) }),
    text: (text: string): Block => ({ kind: 'p', text, user: true }),
    heading: (key: MessageKey): Block => ({ kind: 'heading', text: w(key) }),
    list: (items: readonly string[]): Block => ({ kind: 'list', items }),
    date: (iso: string): string => formatDate(iso, locale),
  };
}

/** Reply prefixes mail programs put on a subject ("Re:", Finnish Outlook "VS:", Chinese "答复:"…). */
const REPLY_PREFIX = /^(?:re|aw|sv|vs|antw|r|回复|答复|回覆|پاسخ)\s*[:：]/i;

/** "Re: <subject>" (in the message's language) when the request came by email; never "Re: Re: …". */
export function replySubject(c: Commitment, locale: string, fallback: MessageKey): string {
  if (c.source.kind === 'email') {
    const subject = c.source.subject.trim();
    if (REPLY_PREFIX.test(subject)) return subject;
    return t(locale, 'domain.draft.replyPrefix', { subject: subject || c.title });
  }
  return t(locale, fallback, { title: c.title });
}

/**
 * How to greet someone: the first name when the directory gives "First Last" or "Last, First";
 * the whole name otherwise (CJK names have no spaces; an email address stays whole).
 */
export function greetingName(person: Person): string {
  const name = person.name.trim();
  if (name === '' || name.includes('@')) return name || person.email;
  if (name.includes(',')) return name.split(',')[1]?.trim().split(/\s+/)[0] || name;
  return name.split(/\s+/)[0] ?? name;
}

function stepLine(step: PlanStep, locale: string): string {
  const parts = [step.text];
  if (step.dueDate !== undefined)
    parts.push(t(locale, 'domain.draft.stepDue', { date: formatDate(step.dueDate, locale) }));
  let line = parts.join(' — ');
  if (step.owner !== undefined) line += ` (${t(locale, 'domain.draft.stepOwner', { name: step.owner.name })})`;
  return line;
}

const greeting = (c: Commitment, locale: string): Block => ({
  kind: 'p',
  text: t(locale, 'domain.draft.greeting', { name: greetingName(c.customer) }),
});

const signoffAs = (sender: Person, locale: string): Block => ({
  kind: 'p',
  text: `${t(locale, 'domain.draft.signoff')}\n${sender.name || sender.email}`,
});

const signoff = (c: Commitment, locale: string): Block => signoffAs(c.owner, locale);

/** Share plan: the steps with dates, what done means, the promised date and the update rhythm. */
export function planDraft(c: Commitment, settings: TeamSettings, requested: string): Draft {
  const locale = draftLanguage(requested);
  void settings;
  const { p, heading, list, text, date } = words(locale);
  const blocks: Block[] = [greeting(c, locale), p('domain.draft.plan.intro', { title: c.title })];
  blocks.push(heading('domain.draft.plan.stepsHeading'));
  blocks.push(c.steps.length > 0 ? list(c.steps.map((s) => stepLine(s, locale))) : p('domain.draft.plan.noSteps'));
  if (c.acceptanceCriteria.trim() !== '') {
    blocks.push(heading('domain.draft.plan.criteriaHeading'), text(c.acceptanceCriteria));
    if (c.checker !== undefined) blocks.push(p('domain.draft.plan.checker', { name: c.checker.name }));
  }
  blocks.push(
    p('domain.draft.plan.promised', { date: date(c.promisedDate) }),
    p('domain.draft.plan.rhythm', { count: c.updateCadenceDays }),
    p('domain.draft.plan.closing'),
    signoff(c, locale),
  );
  return draft(replySubject(c, locale, 'domain.draft.plan.subject'), blocks, locale);
}

/** Send update: steps done, next steps, whether we are still on track for the promised date. */
export function updateDraft(c: Commitment, update: UpdateInput, settings: TeamSettings, requested: string): Draft {
  const locale = draftLanguage(requested);
  void settings;
  const { p, heading, list, text, date } = words(locale);
  const done = c.steps.filter((s) => s.doneAt !== undefined);
  const open = c.steps.filter((s) => s.doneAt === undefined);
  const blocks: Block[] = [greeting(c, locale), p('domain.draft.update.intro', { title: c.title })];
  if (c.steps.length > 0) {
    blocks.push(heading('domain.draft.update.doneHeading'));
    blocks.push(done.length > 0 ? list(done.map((s) => s.text)) : p('domain.draft.update.noneDone'));
    blocks.push(heading('domain.draft.update.nextHeading'));
    blocks.push(open.length > 0 ? list(open.map((s) => stepLine(s, locale))) : p('domain.draft.update.noneNext'));
  }
  blocks.push(
    p(update.onTrack ? 'domain.draft.update.onTrack' : 'domain.draft.update.offTrack', { date: date(c.promisedDate) }),
  );
  if (update.note.trim() !== '') blocks.push(heading('domain.draft.update.noteHeading'), text(update.note.trim()));
  blocks.push(p('domain.draft.update.nextUpdate', { count: c.updateCadenceDays }), signoff(c, locale));
  return draft(replySubject(c, locale, 'domain.draft.update.subject'), blocks, locale);
}

/** Raise concern: what is at risk, the recovery action, the customer's options, a proposed new date. */
export function concernDraft(c: Commitment, concern: ConcernInput, settings: TeamSettings, requested: string): Draft {
  const locale = draftLanguage(requested);
  void settings;
  const { p, heading, list, text, date } = words(locale);
  const blocks: Block[] = [
    greeting(c, locale),
    p('domain.draft.concern.intro', { title: c.title, date: date(c.promisedDate) }),
  ];
  blocks.push(heading('domain.draft.concern.riskHeading'), text(concern.risk.trim()));
  blocks.push(heading('domain.draft.concern.recoveryHeading'), text(concern.recovery.trim()));
  const proposed = concern.proposedDate?.trim();
  if (proposed && proposed !== c.promisedDate) {
    blocks.push(p('domain.draft.concern.proposedDate', { date: date(proposed), previous: date(c.promisedDate) }));
    // The new date is a proposal: the customer may keep the old one, and their answer decides.
    blocks.push(p('domain.draft.concern.proposedChoice', { date: date(proposed), previous: date(c.promisedDate) }));
  }
  const options = concernOptions(concern.options);
  if (options.length > 0) blocks.push(heading('domain.draft.concern.optionsHeading'), list(options));
  blocks.push(p(options.length > 0 ? 'domain.draft.concern.choose' : 'domain.draft.concern.reply'), signoff(c, locale));
  return draft(replySubject(c, locale, 'domain.draft.concern.subject'), blocks, locale);
}

/** Deliver: the delivery note, what done means, and a question about the service (answered 1–5). */
export function deliveryDraft(c: Commitment, note: string, settings: TeamSettings, requested: string): Draft {
  const locale = draftLanguage(requested);
  const { p, heading, text, date } = words(locale);
  const blocks: Block[] = [greeting(c, locale), p('domain.draft.delivery.intro', { title: c.title })];
  if (c.deliveredAt !== undefined) {
    // Only good news is worth a line: early or on the day. A late delivery was renegotiated in the open.
    const deliveredOn = localDate(settings.calendar, new Date(c.deliveredAt));
    if (deliveredOn < c.promisedDate) blocks.push(p('domain.draft.delivery.early', { date: date(c.promisedDate) }));
    else if (deliveredOn === c.promisedDate)
      blocks.push(p('domain.draft.delivery.onTime', { date: date(c.promisedDate) }));
  }
  if (note.trim() !== '') blocks.push(heading('domain.draft.delivery.noteHeading'), text(note.trim()));
  if (c.acceptanceCriteria.trim() !== '')
    blocks.push(heading('domain.draft.delivery.criteriaHeading'), text(c.acceptanceCriteria));
  blocks.push(p('domain.draft.delivery.question'), signoff(c, locale));
  return draft(replySubject(c, locale, 'domain.draft.delivery.subject'), blocks, locale);
}

export interface RecapRow {
  readonly owner: Person;
  readonly customer: Person;
  readonly title: string;
  readonly promisedDate: string;
  readonly done: boolean;
}

/** Ask the checker to confirm the delivery against the acceptance criteria (a new message to them). */
export function signOffDraft(c: Commitment, settings: TeamSettings, requested: string): Draft {
  const locale = draftLanguage(requested);
  void settings;
  const { p, heading, text, w } = words(locale);
  const checker = c.checker ?? c.customer;
  const blocks: Block[] = [
    { kind: 'p', text: w('domain.draft.greeting', { name: greetingName(checker) }) },
    p('domain.draft.signOff.intro', { title: c.title, customer: c.customer.name || c.customer.email }),
  ];
  if (c.acceptanceCriteria.trim() !== '')
    blocks.push(heading('domain.draft.signOff.criteriaHeading'), text(c.acceptanceCriteria));
  blocks.push(p('domain.draft.signOff.ask'), signoff(c, locale));
  return draft(w('domain.draft.signOff.subject', { title: c.title }), blocks, locale);
}

/** The draft of a message action, built the way the sender will see it. */
export function messageDraft(c: Commitment, action: MessageAction, settings: TeamSettings, locale: string): Draft {
  switch (action.kind) {
    case 'share':
      return planDraft(c, settings, locale);
    case 'update':
      return updateDraft(c, action.update, settings, locale);
    case 'concern':
      return concernDraft(c, { ...action.concern, options: concernOptions(action.concern.options) }, settings, locale);
    case 'deliver':
      return deliveryDraft(c, action.note, settings, locale);
    case 'sign-off-request':
      return signOffDraft(c, settings, locale);
  }
}

/** "Send recap" after a meeting: every promise with its owner and date, greeted and signed by the sender. */
export function meetingRecapDraft(
  meetingSubject: string,
  rows: readonly RecapRow[],
  requested: string,
  sender?: Person,
): Draft {
  const locale = draftLanguage(requested);
  const { w, p } = words(locale);
  const subject = w('domain.draft.recap.subject', { subject: meetingSubject.trim() });
  const greet = p('domain.draft.recap.greeting');
  const close = sender === undefined ? [] : [signoffAs(sender, locale)];
  if (rows.length === 0) return draft(subject, [greet, p('domain.draft.recap.empty'), ...close], locale);
  const cells = rows.map((r) => ({
    title: r.title,
    owner: r.owner.name || r.owner.email,
    customer: r.customer.name || r.customer.email,
    date: r.promisedDate.trim() === '' ? w('domain.format.notAvailable') : formatShortDate(r.promisedDate, locale),
    status: w(r.done ? 'domain.draft.recap.done' : 'domain.draft.recap.open'),
  }));
  const table: Block = {
    kind: 'table',
    head: [
      w('domain.draft.recap.promise'),
      w('domain.draft.recap.owner'),
      w('domain.draft.recap.customer'),
      w('domain.draft.recap.date'),
      w('domain.draft.recap.status'),
    ],
    rows: cells.map((r) => [r.title, r.owner, r.customer, r.date, r.status]),
  };
  const textRows = cells.map((r) => w('domain.draft.recap.line', r));
  return draft(subject, [greet, p('domain.draft.recap.intro'), table, ...close], locale, textRows);
}

/** One line of the history timeline, in the reader's words, dates formatted for the locale. */
export function describeHistoryEntry(entry: HistoryEntry, c: Commitment, locale: string): string {
  return formatMessage(locale, historyEntryMessage(entry, c, locale));
}
