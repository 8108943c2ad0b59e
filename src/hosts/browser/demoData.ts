import { addBusinessDays, addBusinessHours, localDate, startOfBusinessDay } from '../../domain/calendar';
import { commitmentId, historyId, stepId } from '../../domain/ids';
import type {
  Commitment,
  CommitmentSource,
  HistoryEntry,
  IsoDate,
  Person,
  PlanStep,
  TeamSettings,
} from '../../domain/types';
import type { HostItem } from '../HostContext';
import { customers, demoUser, teammates } from './demoPeople';

/**
 * The demo inbox, demo meetings and the commitments behind them, all relative to `now`, so that
 * every status shows on any day: on track, update due, at risk, overdue, awaiting acknowledgement,
 * delivered early and late, cancelled, plus a history of deliveries for the promise-date suggestion.
 */
export interface DemoWorld {
  readonly emails: readonly Extract<HostItem, { kind: 'email' }>[];
  readonly meetings: readonly Extract<HostItem, { kind: 'meeting' }>[];
  readonly commitments: readonly Commitment[];
}

type Email = Extract<HostItem, { kind: 'email' }>;
type Meeting = Extract<HostItem, { kind: 'meeting' }>;

const HOUR = 3_600_000;

export function demoWorld(now: Date, settings: TeamSettings): DemoWorld {
  const cal = settings.calendar;
  const today = localDate(cal, now);
  const day = (n: number): IsoDate => addBusinessDays(cal, today, n);
  /** An instant `hours` business hours into business day `n` (relative to today). */
  const at = (n: number, hours = 1): Date => addBusinessHours(cal, startOfBusinessDay(cal, day(n)), hours);
  const iso = (d: Date) => d.toISOString();
  const hoursAgo = (h: number) => new Date(now.getTime() - h * HOUR);

  const email = (n: number, from: Person, subject: string, received: Date, preview: string): Email => ({
    kind: 'email',
    internetMessageId: `<demo-${n}@contoso.example>`,
    conversationId: `demo-conversation-${n}`,
    itemId: `demo-item-${n}`,
    subject,
    from,
    to: [demoUser],
    receivedAt: iso(received),
    preview,
  });

  const emails: Email[] = [
    email(
      1,
      customers.priya,
      'Monthly revenue dashboard refresh is failing',
      hoursAgo(2),
      'Hi Avery, since Monday the revenue dashboard shows last month’s numbers. Finance closes the books on the 5th — could your team look at the refresh job?',
    ),
    email(
      2,
      customers.jonas,
      'Access to the sales pipeline dataset for Q1 planning',
      at(-1, 2),
      'Hello, for Q1 planning we need read access to the pipeline dataset for the five regional leads. Is that something you can set up?',
    ),
    email(
      3,
      customers.amira,
      'New hire onboarding report for HR',
      at(-9, 3),
      'Could we get a weekly report of new hires and their onboarding progress? HR leadership would like it before the spring intake.',
    ),
    email(
      4,
      customers.priya,
      'Migrate the budget forecast workbook to the warehouse',
      at(-12, 1),
      'The budget forecast workbook is getting too big for Excel. Can it move to the warehouse with a Power BI front end?',
    ),
    email(
      5,
      customers.jonas,
      'Duplicate customer records in the CRM export',
      at(-10, 4),
      'The nightly CRM export contains duplicates for about 3% of accounts, which breaks our territory counts.',
    ),
    email(
      6,
      customers.grace,
      'Headcount numbers for the board deck',
      at(-2, 1),
      'Hi team — we need headcount by department as of month end for the board deck. Could you confirm you can provide it?',
    ),
    email(
      7,
      customers.liam,
      "Expense report automation (it's urgent-ish)",
      at(-25, 2),
      'The expense approvals are all manual. Could the data team automate the weekly extract?',
    ),
    email(
      8,
      customers.yuki,
      'Q3 sales by region — 四半期の売上データ',
      at(-30, 5),
      'We need Q3 sales by region for the APAC review, broken down by product line.',
    ),
    email(
      9,
      customers.grace,
      'Please add the <Region> filter to the "Ops" report & share it',
      hoursAgo(26),
      'Small one: the Ops report needs a Region filter so each site lead sees their own numbers.',
    ),
    email(
      10,
      customers.aino,
      'Myyntiraportti hallituksen kokoukseen',
      at(-3, 2),
      'Hei Avery, tarvitsemme hallituksen kokoukseen myyntiraportin, jossa luvut on eritelty maittain. Ehdittekö toimittaa sen ennen kuun loppua?',
    ),
    email(
      11,
      customers.sara,
      'انتقال گزارش ماهانهٔ فروش به Power BI',
      at(-11, 2),
      'سلام، گزارش ماهانهٔ فروش هنوز در Excel ساخته می‌شود و هر ماه دو روز وقت می‌گیرد. امکانش هست آن را به Power BI منتقل کنید؟',
    ),
    email(
      12,
      customers.wang,
      '亚太区季度回顾需要客户流失分析',
      at(-9, 1),
      'Avery 你好，下个月的亚太区季度回顾需要按国家统计的客户流失分析，请问你们能在月底前提供吗？',
    ),
    email(
      13,
      customers.amira,
      'Nightly sync of the HR roster',
      at(-7, 2),
      'Hi Avery, could the HR roster land in the warehouse every night? Our reports are a week behind the HR system.',
    ),
  ];

  const meetingAt = (start: Date, minutes: number) => ({
    start: iso(start),
    end: iso(new Date(start.getTime() + minutes * 60_000)),
  });
  const meetings: Meeting[] = [
    {
      kind: 'meeting',
      iCalUId: 'demo-ical-planning',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/demo-planning',
      // A Teams meeting knows its chat: the recap can be posted there.
      chatId: '19:meeting_demo-planning@thread.v2',
      subject: 'Quarterly planning with Finance',
      organizer: customers.priya,
      attendees: [customers.priya, demoUser, teammates.sam, customers.jonas],
      ...meetingAt(new Date(now.getTime() - 0.5 * HOUR), 60),
      isOrganizer: false,
    },
    {
      kind: 'meeting',
      iCalUId: 'demo-ical-review',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/demo-review',
      // A Teams meeting knows its chat: the recap can be posted there.
      chatId: '19:meeting_demo-review@thread.v2',
      subject: 'Weekly service review',
      organizer: demoUser,
      attendees: [demoUser, teammates.sam, teammates.noor],
      ...meetingAt(at(1, 1), 30),
      isOrganizer: true,
    },
    {
      kind: 'meeting',
      iCalUId: 'demo-ical-apac',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/demo-apac',
      // A Teams meeting knows its chat: the recap can be posted there.
      chatId: '19:meeting_demo-apac@thread.v2',
      subject: '亚太区季度业务回顾',
      organizer: customers.wang,
      attendees: [customers.wang, demoUser, teammates.noor],
      ...meetingAt(at(-1, 6), 60),
      isOrganizer: false,
    },
    {
      kind: 'meeting',
      iCalUId: 'demo-ical-hr',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/demo-hr',
      // A Teams meeting knows its chat: the recap can be posted there.
      chatId: '19:meeting_demo-hr@thread.v2',
      subject: 'HR analytics sync',
      organizer: customers.amira,
      attendees: [customers.amira, demoUser, teammates.noor],
      ...meetingAt(at(-3, 5), 45),
      isOrganizer: false,
    },
  ];

  // The commitments are made when the demo is seeded: a page that shows the inbox needs none of them.
  let made: Commitment[] | undefined;
  return {
    emails,
    meetings,
    get commitments() {
      return (made ??= demoCommitments());
    },
  };

  function demoCommitments(): Commitment[] {
    let counter = 0;
    const nextId = (prefix: string) => `${prefix}-${++counter}`;
    const entry = (when: Date, by: Person, body: DistributiveOmit<HistoryEntry, 'id' | 'at' | 'by'>): HistoryEntry =>
      ({ id: historyId(nextId('h')), at: iso(when), by, ...body }) as HistoryEntry;
    const step = (text: string, due: IsoDate, done?: Date, owner?: Person): PlanStep => ({
      id: stepId(nextId('s')),
      text,
      dueDate: due,
      ...(owner === undefined ? {} : { owner }),
      ...(done === undefined ? {} : { doneAt: iso(done) }),
    });
    const emailSource = (e: Email): CommitmentSource => ({
      kind: 'email',
      internetMessageId: e.internetMessageId,
      conversationId: e.conversationId,
      itemId: e.itemId,
      subject: e.subject,
      receivedAt: e.receivedAt,
    });
    const meetingSource = (m: Meeting): CommitmentSource => ({
      kind: 'meeting',
      ...(m.iCalUId === undefined ? {} : { iCalUId: m.iCalUId }),
      ...(m.joinUrl === undefined ? {} : { joinUrl: m.joinUrl }),
      subject: m.subject,
      start: m.start,
      end: m.end,
    });

    interface Spec {
      readonly title: string;
      readonly customer: Person;
      readonly owner: Person;
      readonly source: CommitmentSource;
      readonly requestedAt: Date;
      readonly acknowledgedAt?: Date;
      readonly steps: readonly PlanStep[];
      readonly criteria: string;
      readonly target: IsoDate;
      readonly promised: IsoDate;
      readonly cadence?: number;
      readonly history?: readonly HistoryEntry[];
      readonly deliveredAt?: Date;
      readonly cancelledAt?: Date;
      readonly feedback?: { rating: 1 | 2 | 3 | 4 | 5; comment: string; at: Date };
      readonly checker?: Person;
      readonly flagged?: { note: string; at: Date };
      /** The customer's language for Kept's messages; English for the colleagues who write in English. */
      readonly language?: Commitment['messageLanguage'];
      readonly neededBy?: IsoDate;
      readonly signedOff?: { by: Person; at: Date };
      /** The customer's latest reply in the thread, as the owner's Outlook last read it. */
      readonly reply?: { at: Date; excerpt: string };
    }

    const make = (spec: Spec): Commitment => {
      const created = entry(spec.requestedAt, spec.owner, { kind: 'created' });
      const history = [created, ...(spec.history ?? [])];
      const last = history.reduce((latest, h) => (h.at > latest ? h.at : latest), created.at);
      return {
        id: commitmentId(nextId('demo-commitment')),
        version: 1,
        teamId: settings.teamId,
        title: spec.title,
        customer: spec.customer,
        owner: spec.owner,
        ...(spec.checker === undefined ? {} : { checker: spec.checker }),
        source: spec.source,
        requestedAt: iso(spec.requestedAt),
        ...(spec.acknowledgedAt === undefined ? {} : { acknowledgedAt: iso(spec.acknowledgedAt) }),
        steps: spec.steps,
        acceptanceCriteria: spec.criteria,
        targetDate: spec.target,
        promisedDate: spec.promised,
        ...(spec.neededBy === undefined ? {} : { neededBy: spec.neededBy }),
        updateCadenceDays: spec.cadence ?? settings.defaultCadenceDays,
        messageLanguage: spec.language ?? 'en',
        ...(spec.flagged === undefined ? {} : { flaggedAtRisk: { note: spec.flagged.note, at: iso(spec.flagged.at) } }),
        ...(spec.deliveredAt === undefined ? {} : { deliveredAt: iso(spec.deliveredAt) }),
        ...(spec.signedOff === undefined ? {} : { signedOff: { by: spec.signedOff.by, at: iso(spec.signedOff.at) } }),
        ...(spec.cancelledAt === undefined ? {} : { cancelledAt: iso(spec.cancelledAt) }),
        ...(spec.feedback === undefined
          ? {}
          : { feedback: { rating: spec.feedback.rating, comment: spec.feedback.comment, at: iso(spec.feedback.at) } }),
        ...(spec.reply === undefined
          ? {}
          : { customerReply: { at: iso(spec.reply.at), from: spec.customer, excerpt: spec.reply.excerpt } }),
        history,
        createdAt: iso(spec.requestedAt),
        updatedAt: last,
      };
    };

    const [, e2, e3, e4, e5, e6, e7, e8, , e10, e11, e12, e13] = emails as [
      Email,
      Email,
      Email,
      Email,
      Email,
      Email,
      Email,
      Email,
      Email,
      Email,
      Email,
      Email,
      Email,
    ];
    const [planning, , apac, hrSync] = meetings as [Meeting, Meeting, Meeting, Meeting];
    const me = demoUser;

    const commitments: Commitment[] = [
      // On track: acknowledged yesterday, plan shared, first step done.
      make({
        title: 'Grant the regional leads read access to the pipeline dataset',
        customer: customers.jonas,
        owner: me,
        source: emailSource(e2),
        requestedAt: new Date(e2.receivedAt),
        acknowledgedAt: at(-1, 4),
        steps: [
          step('Confirm the five regional leads with Jonas', day(-1), at(-1, 5)),
          step('Create the security group and grant read access', day(2)),
          step('Walk the leads through the dataset', day(4), undefined, teammates.sam),
        ],
        criteria: 'All five regional leads can open the pipeline dataset in Power BI and see only their region.',
        target: day(4),
        promised: day(6),
        history: [entry(at(-1, 4), me, { kind: 'plan-shared' })],
      }),
      // Update due: last contact 6 business days ago, cadence 5.
      make({
        title: 'Weekly new-hire onboarding report for HR',
        customer: customers.amira,
        owner: teammates.noor,
        source: emailSource(e3),
        requestedAt: new Date(e3.receivedAt),
        acknowledgedAt: at(-8, 1),
        steps: [
          step('Agree the report fields with HR', day(-7), at(-7, 3)),
          step('Build the onboarding progress query', day(1)),
          step('Schedule the weekly email', day(5)),
        ],
        criteria: 'Every Monday HR leadership receives the list of new hires with their onboarding checklist progress.',
        target: day(6),
        promised: day(9),
        checker: customers.grace,
        history: [entry(at(-8, 1), teammates.noor, { kind: 'plan-shared' })],
      }),
      // At risk: a step is past its date.
      make({
        title: 'Move the budget forecast workbook to the warehouse',
        customer: customers.priya,
        owner: me,
        source: emailSource(e4),
        requestedAt: new Date(e4.receivedAt),
        acknowledgedAt: at(-12, 3),
        steps: [
          step('Map the workbook tabs to warehouse tables', day(-8), at(-8, 2)),
          step('Load two years of forecast history', day(-2)),
          step('Build the Power BI front end', day(3)),
          step('Parallel run with Finance for one cycle', day(5)),
        ],
        criteria:
          'Finance can produce the monthly forecast from Power BI with numbers matching the workbook to the cent.',
        target: day(5),
        promised: day(7),
        history: [
          entry(at(-12, 3), me, { kind: 'plan-shared' }),
          entry(at(-4, 2), me, { kind: 'update-sent', note: 'Mapping is done; history load started.', onTrack: true }),
        ],
      }),
      // Overdue: promised two business days ago.
      make({
        title: 'Remove duplicate customer records from the CRM export',
        customer: customers.jonas,
        owner: teammates.sam,
        source: emailSource(e5),
        requestedAt: new Date(e5.receivedAt),
        acknowledgedAt: at(-10, 6),
        steps: [
          step('Find the cause of the duplicates', day(-8), at(-7, 2)),
          step('Fix the merge rule in the export job', day(-4), at(-3, 4)),
          step('Backfill the last 90 days', day(-3)),
        ],
        criteria: 'The nightly export has exactly one row per account for the last 90 days.',
        target: day(-4),
        promised: day(-2),
        // The customer wrote back after the last update, and nobody has answered yet.
        reply: {
          at: hoursAgo(5),
          excerpt: 'Any news on the backfill? Our territory counts are still off by about 3%.',
        },
        history: [
          entry(at(-10, 6), teammates.sam, { kind: 'plan-shared' }),
          entry(at(-5, 1), teammates.sam, {
            kind: 'update-sent',
            note: 'Cause found: the merge rule ignores casing.',
            onTrack: true,
          }),
        ],
      }),
      // Awaiting acknowledgement, standard breached.
      make({
        title: 'Headcount by department for the board deck',
        customer: customers.grace,
        owner: me,
        source: emailSource(e6),
        requestedAt: new Date(e6.receivedAt),
        steps: [step('Pull month-end headcount by department', day(2))],
        criteria: 'A table of headcount by department as of month end, matching the HR system.',
        target: day(2),
        promised: day(4),
      }),
      // Delivered early, with feedback.
      make({
        title: 'Automate the weekly expense approvals extract',
        customer: customers.liam,
        owner: me,
        source: emailSource(e7),
        requestedAt: new Date(e7.receivedAt),
        acknowledgedAt: at(-25, 3),
        steps: [
          step('Agree the extract format', day(-23), at(-23, 4)),
          step('Schedule the extract', day(-18), at(-19, 2)),
        ],
        criteria: 'Every Monday at 08:00 the approvals extract lands in the Finance share.',
        target: day(-17),
        promised: day(-15),
        checker: teammates.sam,
        history: [
          entry(at(-25, 3), me, { kind: 'plan-shared', sent: { via: 'user' } }),
          entry(at(-20, 2), me, {
            kind: 'update-sent',
            note: 'Format agreed; scheduling next.',
            onTrack: true,
            sent: { via: 'user' },
          }),
          entry(at(-18, 6), me, {
            kind: 'delivered',
            note: 'The extract now runs every Monday at 08:00.',
            sent: { via: 'user' },
          }),
          entry(at(-18, 7), me, { kind: 'sign-off-requested', checker: teammates.sam, sent: { via: 'user' } }),
          entry(at(-17, 2), me, {
            kind: 'signed-off',
            checker: teammates.sam,
            note: 'Checked the first two Monday runs.',
          }),
          entry(at(-16, 2), customers.liam, {
            kind: 'feedback',
            rating: 5,
            comment: 'Earlier than promised — thank you!',
          }),
        ],
        deliveredAt: at(-18, 6),
        signedOff: { by: teammates.sam, at: at(-17, 2) },
        feedback: { rating: 5, comment: 'Earlier than promised — thank you!', at: at(-16, 2) },
      }),
      // Delivered late, after a renegotiation raised in time.
      make({
        title: 'Q3 sales by region and product line for the APAC review',
        customer: customers.yuki,
        owner: teammates.noor,
        source: emailSource(e8),
        requestedAt: new Date(e8.receivedAt),
        acknowledgedAt: at(-30, 6),
        steps: [
          step('Extract Q3 sales', day(-27), at(-27, 3)),
          step('Break down by product line — 製品ライン別', day(-24), at(-22, 2)),
        ],
        criteria: 'A workbook with Q3 sales by region and product line, reconciled with the ledger.',
        target: day(-24),
        promised: day(-21),
        history: [
          entry(at(-30, 6), teammates.noor, { kind: 'plan-shared' }),
          entry(at(-25, 2), teammates.noor, {
            kind: 'concern-raised',
            risk: 'The product hierarchy changed in August, so the breakdown needs a mapping table.',
            recovery: 'Sam builds the mapping table while I reconcile totals.',
            options: ['Totals by region now, product lines two days later', 'Everything together two days later'],
            proposedDate: day(-21),
            sent: { via: 'user' },
          }),
          // Yuki chose "everything together": the new date became the promise before the old one passed.
          entry(at(-24, 3), teammates.noor, { kind: 'proposal-answered', answer: 'accepted', date: day(-21) }),
          entry(at(-24, 3), teammates.noor, {
            kind: 'renegotiated',
            from: day(-23),
            to: day(-21),
            recovery: 'Sam builds the mapping table while I reconcile totals.',
          }),
          entry(at(-20, 3), teammates.noor, {
            kind: 'delivered',
            note: 'Workbook attached, reconciled with the ledger.',
          }),
          entry(at(-19, 1), customers.yuki, { kind: 'feedback', rating: 4, comment: 'Thanks for warning us early.' }),
        ],
        deliveredAt: at(-20, 3),
        feedback: { rating: 4, comment: 'Thanks for warning us early.', at: at(-19, 1) },
      }),
      // Promised in a meeting, on track.
      make({
        title: 'Share the forecast variance analysis with Finance',
        customer: customers.priya,
        owner: me,
        source: meetingSource(planning),
        requestedAt: new Date(planning.start),
        acknowledgedAt: new Date(planning.start),
        steps: [step('Variance analysis for Q4', day(3))],
        criteria: 'Variance by cost centre, above 5% explained.',
        target: day(3),
        promised: day(5),
        history: [entry(new Date(planning.start), me, { kind: 'acknowledged' })],
      }),
      make({
        title: 'Check whether the pipeline dataset can include forecast categories',
        customer: customers.jonas,
        owner: teammates.sam,
        source: meetingSource(planning),
        requestedAt: new Date(planning.start),
        acknowledgedAt: new Date(planning.start),
        steps: [],
        criteria: 'Jonas knows yes or no, and if yes, by when.',
        target: day(1),
        promised: day(2),
        history: [entry(new Date(planning.start), teammates.sam, { kind: 'acknowledged' })],
      }),
      make({
        title: 'Send HR the attrition definitions we use',
        customer: customers.amira,
        owner: teammates.noor,
        source: meetingSource(hrSync),
        requestedAt: new Date(hrSync.start),
        acknowledgedAt: new Date(hrSync.start),
        steps: [],
        criteria: 'HR has the written definitions of voluntary and involuntary attrition.',
        target: day(-2),
        promised: day(-1),
        // Delivered; the checker has not signed off yet.
        checker: customers.grace,
        history: [
          entry(new Date(hrSync.start), teammates.noor, { kind: 'acknowledged' }),
          entry(at(-2, 4), teammates.noor, { kind: 'delivered', note: 'Definitions attached.', sent: { via: 'user' } }),
        ],
        deliveredAt: at(-2, 4),
      }),
      // Requests written in Finnish, Persian and Chinese, answered in the customer's language.
      // On track, in Finnish.
      make({
        title: 'Maittain eritelty myyntiraportti hallituksen kokoukseen',
        customer: customers.aino,
        owner: me,
        source: emailSource(e10),
        requestedAt: new Date(e10.receivedAt),
        acknowledgedAt: at(-3, 4),
        steps: [
          step('Sovi raportin maat ja mittarit Ainon kanssa', day(-2), at(-2, 3)),
          step('Kokoa luvut tietovarastosta', day(2)),
          step('Tarkista luvut taloushallinnon kanssa', day(4), undefined, teammates.sam),
        ],
        criteria: 'Raportissa on kuluvan vuoden myynti maittain, ja luvut täsmäävät kirjanpitoon.',
        target: day(4),
        promised: day(6),
        language: 'fi',
        history: [entry(at(-3, 4), me, { kind: 'plan-shared' })],
      }),
      // At risk (a step past its date), in Persian.
      make({
        title: 'انتقال گزارش ماهانهٔ فروش به Power BI',
        customer: customers.sara,
        owner: me,
        source: emailSource(e11),
        requestedAt: new Date(e11.receivedAt),
        acknowledgedAt: at(-11, 4),
        steps: [
          step('فهرست کردن جدول‌ها و فرمول‌های فایل Excel', day(-8), at(-8, 3)),
          step('ساخت مدل داده در Power BI', day(-1)),
          step('اجرای موازی با واحد مالی برای یک ماه', day(4)),
        ],
        criteria: 'گزارش ماه بعد بدون Excel ساخته شود و ارقامش با گزارش فعلی یکی باشد.',
        target: day(4),
        promised: day(6),
        language: 'fa',
        history: [
          entry(at(-11, 4), me, { kind: 'plan-shared' }),
          entry(at(-5, 2), me, {
            kind: 'update-sent',
            note: 'فهرست فرمول‌ها آماده است؛ مدل داده در حال ساخت است.',
            onTrack: true,
          }),
        ],
      }),
      // Update due, in Chinese.
      make({
        title: '按国家统计的客户流失分析',
        customer: customers.wang,
        owner: teammates.noor,
        source: emailSource(e12),
        requestedAt: new Date(e12.receivedAt),
        acknowledgedAt: at(-8, 2),
        steps: [step('与王芳确认流失的定义', day(-7), at(-7, 4)), step('按国家计算过去四个季度的流失率', day(2))],
        criteria: '每个国家都有过去四个季度的客户流失率，并附上计算方法说明。',
        target: day(5),
        promised: day(8),
        language: 'zh-Hans',
        history: [entry(at(-8, 2), teammates.noor, { kind: 'plan-shared' })],
      }),
      // Promised in a meeting held in Chinese.
      make({
        title: '会后发送各区域的客户留存率',
        customer: customers.wang,
        owner: teammates.noor,
        source: meetingSource(apac),
        requestedAt: new Date(apac.start),
        acknowledgedAt: new Date(apac.start),
        steps: [],
        criteria: '王芳收到各区域最近一个季度的留存率。',
        target: day(2),
        promised: day(3),
        language: 'zh-Hans',
        history: [entry(new Date(apac.start), teammates.noor, { kind: 'acknowledged' })],
      }),
      // Cancelled with the customer's agreement.
      make({
        title: 'Nightly refresh of the legacy sales cube',
        customer: customers.jonas,
        owner: teammates.sam,
        source: { kind: 'manual' },
        requestedAt: at(-15, 2),
        acknowledgedAt: at(-15, 3),
        steps: [],
        criteria: 'The cube refreshes nightly.',
        target: day(-6),
        promised: day(-4),
        history: [
          entry(at(-15, 3), teammates.sam, { kind: 'plan-shared' }),
          entry(at(-9, 2), teammates.sam, {
            kind: 'cancelled',
            reason: 'The cube is being retired; Jonas moves to the pipeline dataset.',
            customerAgreed: true,
          }),
        ],
        cancelledAt: at(-9, 2),
      }),
    ];

    commitments.push(
      // At risk: a concern raised with no new date stays open until it is closed.
      make({
        title: 'Archive the 2019 ledger extracts',
        customer: customers.grace,
        owner: teammates.noor,
        source: { kind: 'manual' },
        requestedAt: at(-6, 2),
        acknowledgedAt: at(-6, 3),
        steps: [step('Copy the extracts to cold storage', day(3)), step('Check the restore works', day(5))],
        criteria: 'The 2019 extracts are in cold storage and one restore was tested.',
        target: day(6),
        promised: day(8),
        history: [
          entry(at(-6, 3), teammates.noor, { kind: 'plan-shared', sent: { via: 'user' } }),
          entry(at(-1, 2), teammates.noor, {
            kind: 'concern-raised',
            risk: 'The storage team freezes changes next week.',
            recovery: 'Book the copy window with them today.',
            options: [],
            sent: { via: 'user' },
          }),
        ],
      }),
      // At risk: the last update told the customer it is not on track.
      make({
        title: 'Rebuild the customer churn model',
        customer: customers.liam,
        owner: teammates.sam,
        source: { kind: 'manual' },
        requestedAt: at(-8, 1),
        acknowledgedAt: at(-8, 2),
        steps: [step('Refresh the training data', day(-2), at(-2, 3)), step('Retrain and validate', day(4))],
        criteria: 'The model’s precision on last quarter is at least as good as today’s.',
        target: day(6),
        promised: day(7),
        history: [
          entry(at(-8, 2), teammates.sam, { kind: 'plan-shared', sent: { via: 'user' } }),
          entry(at(-1, 4), teammates.sam, {
            kind: 'update-sent',
            note: 'Training data refreshed, but validation shows a drop we must understand first.',
            onTrack: false,
            sent: { via: 'user' },
          }),
        ],
      }),
      // At risk: a new date proposed in a concern, waiting for the customer's answer; the old promise stands.
      make({
        title: 'Nightly sync of the HR roster to the warehouse',
        customer: customers.amira,
        owner: me,
        source: emailSource(e13),
        requestedAt: new Date(e13.receivedAt),
        acknowledgedAt: at(-7, 4),
        steps: [step('Get read access to the HR system', day(-3), at(-3, 2)), step('Schedule the nightly job', day(3))],
        criteria: 'The roster in the warehouse matches the HR system every morning.',
        target: day(3),
        promised: day(4),
        history: [
          entry(at(-7, 4), me, { kind: 'plan-shared', sent: { via: 'user' } }),
          entry(at(0, 1), me, {
            kind: 'concern-raised',
            risk: 'The HR system’s export API is being upgraded this week.',
            recovery: 'Use the old export until the upgrade is done.',
            options: ['Keep the date with the old export', 'Move to the new API two days later'],
            proposedDate: day(6),
            sent: { via: 'user' },
          }),
        ],
      }),
      // At risk: promised after the date the customer said they need it by.
      make({
        title: 'Quarter-end close checklist in the finance portal',
        customer: customers.priya,
        owner: teammates.noor,
        source: { kind: 'manual' },
        requestedAt: at(-4, 2),
        acknowledgedAt: at(-4, 3),
        steps: [step('Draft the checklist with Finance', day(1)), step('Publish it in the portal', day(3))],
        criteria: 'Every close task has an owner and a due day in the portal.',
        target: day(3),
        promised: day(4),
        neededBy: day(2),
        history: [entry(at(-4, 3), teammates.noor, { kind: 'plan-shared', sent: { via: 'user' } })],
      }),
    );

    // A history of past deliveries, so the promise-date suggestion learns from the team's own slips.
    const slips = [1, 0, 2, 1, 3, 0, 1, 2];
    slips.forEach((slip, i) => {
      const start = -60 + i * 5;
      const target = day(start + 4);
      const delivered = at(start + 4 + slip, 6);
      commitments.push(
        make({
          title: `Monthly data quality review #${i + 1}`,
          customer: i % 2 === 0 ? customers.priya : customers.grace,
          owner: i % 3 === 0 ? teammates.sam : me,
          source: { kind: 'manual' },
          requestedAt: at(start, 1),
          acknowledgedAt: at(start, 2),
          steps: [],
          criteria: 'The data quality scorecard is published.',
          target,
          promised: day(start + 6),
          history: [
            entry(at(start, 2), me, { kind: 'plan-shared' }),
            entry(delivered, me, { kind: 'delivered', note: 'Scorecard published.' }),
          ],
          deliveredAt: delivered,
        }),
      );
    });

    return commitments;
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
