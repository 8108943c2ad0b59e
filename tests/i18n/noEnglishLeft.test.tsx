import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { Notice } from '../../src/app/Notice';
import { Home } from '../../src/app/standalone/Home';
import { MeetingSimulator } from '../../src/app/standalone/MeetingSimulator';
import { OutlookSimulator } from '../../src/app/standalone/OutlookSimulator';
import { StandaloneFrame } from '../../src/app/standalone/StandaloneFrame';
import { TeamPicker } from '../../src/app/TeamPicker';
import { t, type MessageKey, type MessageParams } from '../../src/domain/i18n';
import { loadLocale, translationsReady } from '../../src/domain/i18n/load';
import { localeDirection, TRANSLATED_LOCALES } from '../../src/domain/i18n/locales';
import { statusAt } from '../../src/domain/status';
import type { TeamSettings } from '../../src/domain/types';
import { demoWorld } from '../../src/hosts/browser/demoData';
import { createDemoTeamwork } from '../../src/hosts/browser/demoTeams';
import { TeamworkError } from '../../src/hosts/HostContext';
import { deviceDocuments } from '../../src/app/teamworkHost';
import { withActivityNotifications } from '../../src/app/activityNotifier';
import { DemoTeamsDialog } from '../../src/app/standalone/DemoTeamsDialog';
import { ActivityNotices } from '../../src/ui/ActivityNotices';
import { customers, demoTeamName, demoUser, teammates } from '../../src/hosts/browser/demoPeople';
import { defaultTeamSettings } from '../../src/store/defaultSettings';
import { createLocalStore } from '../../src/store/local';
import { StoreError, type StoreProblem } from '../../src/store/Store';
import { MeetingChecklist } from '../../src/surfaces/meeting-checklist/MeetingChecklist';
import { TaskPane } from '../../src/surfaces/taskpane/TaskPane';
import { TabConfig } from '../../src/surfaces/team-overview/TabConfig';
import { TeamOverview } from '../../src/surfaces/team-overview/TeamOverview';
import { DraftDialog } from '../../src/ui/DraftDialog';
import { ServicesProvider, type Services } from '../../src/ui/services';
import { StoreProblems } from '../../src/ui/StoreProblems';
import { FocusManagerHold } from '../../src/ui/holdFocusManager';
import { DraftPresenter } from '../../src/ui/useOpenDraft';
import { TEST_TEAM, testServices } from '../fixtures/renderWithServices';
import { englishOnScreen, peoplesText } from './englishOnScreen';

// Every surface, rendered in each translated language with the demo data, its forms opened and
// their messages shown: no English word may be left on screen, except in what people wrote
// themselves (titles, names, notes) and in text marked as another language (a draft to an English
// customer, a language's own name in the picker).

configure({ asyncUtilTimeout: 15_000 });
if (typeof Element.prototype.scrollTo !== 'function') {
  Element.prototype.scrollTo = function scrollTo() {} as Element['scrollTo'];
}

const NOW = new Date('2026-11-25T10:00:00Z');
const settings: TeamSettings = { ...defaultTeamSettings(TEST_TEAM, demoTeamName, 'Europe/London'), version: 1 };
const world = demoWorld(NOW, settings);
const PEOPLE = peoplesText(world, customers, teammates, demoUser, demoTeamName, 'Test team');
const HIDDEN = { hidden: true } as const;

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

async function seeded() {
  const store = createLocalStore({ dbName: `words-${Math.random()}`, defaultTimeZone: 'Europe/London' });
  await store.replaceAll(world.commitments, [settings]);
  return store;
}

function renderIn(locale: string, ui: ReactElement, services: Services) {
  return render(
    <FluentProvider theme={webLightTheme} dir={localeDirection(locale)}>
      <ServicesProvider services={services}>
        <FocusManagerHold>
          <DraftPresenter>{ui}</DraftPresenter>
        </FocusManagerHold>
      </ServicesProvider>
    </FluentProvider>,
  );
}

describe.each(TRANSLATED_LOCALES)('no English left on screen in %s', (locale) => {
  const w = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
  /** The demo's simulated host list (the inbox, the meetings) once it has drawn its items. */
  async function simulatedHostDrawn(label: 'shell.inbox.label' | 'shell.meetings.label') {
    const list = screen.getByRole('navigation', { name: w(label), ...HIDDEN });
    await waitFor(() => expect(list.getAttribute('aria-busy')).toBe('false'));
    expect(within(list).getAllByRole('button', HIDDEN).length).toBeGreaterThan(0);
  }
  // The last button of that name: a form's submit may be named like the action that opened it.
  const button = async (key: MessageKey) => (await screen.findAllByRole('button', { name: w(key), ...HIDDEN })).at(-1)!;
  const press = async (key: MessageKey) => fireEvent.click(await button(key));
  const expectNoEnglish = () => expect(englishOnScreen(document.body, locale, PEOPLE)).toEqual([]);

  beforeAll(async () => {
    await loadLocale(locale);
    await translationsReady();
  });

  it('task pane: a new request, its form and its messages', async () => {
    const store = await seeded();
    const request = world.emails[0]!;
    renderIn(locale, <TaskPane />, testServices({ store, now: NOW, locale, item: request }));
    await screen.findByRole('combobox', { name: w('taskpane.create.messageLanguage'), ...HIDDEN });
    await press('taskpane.step.add');
    await press('taskpane.create.save');
    await screen.findAllByText(w('domain.validation.dateRequired'));
    expectNoEnglish();
  }, 60_000);

  it('task pane: a commitment, every action form, a draft and the “Sent?” question', async () => {
    const store = await seeded();
    const atRisk = world.emails[3]!;
    renderIn(locale, <TaskPane />, testServices({ store, now: NOW, locale, item: atRisk }));
    await button('actions.update');
    expectNoEnglish();
    const forms: [MessageKey, MessageKey][] = [
      ['actions.update', 'actions.update.submit'],
      ['actions.concern', 'actions.concern.submit'],
      ['actions.deliver', 'actions.deliver.submit'],
      ['actions.flag', 'actions.flag.submit'],
      ['actions.reassign', 'actions.reassign.submit'],
      ['actions.cancel', 'actions.cancel.submit'],
    ];
    for (const [action, submit] of forms) {
      await press(action);
      await button(submit);
      expectNoEnglish();
    }
    // "Not on track" says what it means for the status.
    await press('actions.update');
    fireEvent.click(await screen.findByRole('radio', { name: w('actions.update.onTrackNo'), ...HIDDEN }));
    await screen.findByText(w('actions.update.offTrackHint'));
    expectNoEnglish();
    await press('actions.concern');
    await press('actions.concern.submit');
    await screen.findAllByText(w('domain.validation.riskRequired'));
    expectNoEnglish();
    // Sharing the plan again opens the draft (to an English-speaking customer: the draft is English, marked so).
    await press('actions.shareAgain');
    const dialog = await screen.findByRole('dialog', { name: w('shell.draft.title'), ...HIDDEN });
    expect(within(dialog).getByRole('textbox', HIDDEN).getAttribute('lang')).toBe('en');
    expectNoEnglish();
    fireEvent.click(
      within(dialog)
        .getAllByRole('button', { name: w('common.close'), ...HIDDEN })
        .at(-1)!,
    );
    // Then Kept asks whether it went, and says what it did with the answer.
    await button('actions.sent.yes');
    expectNoEnglish();
    await press('actions.sent.no');
    await screen.findByText(w('actions.sent.notRecorded', { message: w('domain.message.share') }));
    expectNoEnglish();
    await press('actions.edit');
    await button('taskpane.edit.save');
    expectNoEnglish();
  }, 60_000);

  it('task pane: the plan edited while someone else saved — merged, and both changed the title', async () => {
    const dbName = `words-${Math.random()}`;
    const store = createLocalStore({ dbName, defaultTimeZone: 'Europe/London' });
    await store.replaceAll(world.commitments, [settings]);
    const atRisk = world.emails[3]!;
    renderIn(locale, <TaskPane />, testServices({ store, now: NOW, locale, item: atRisk }));
    // The pane's words load with it: look the name up again on every try.
    const edit = await waitFor(() => screen.getAllByRole('button', { name: w('actions.edit'), ...HIDDEN }));
    fireEvent.click(edit.at(-1)!);
    const title = await screen.findByRole('textbox', { name: w('taskpane.create.title'), ...HIDDEN });
    // People's own words, from the demo data (which the scan knows as theirs).
    fireEvent.change(title, { target: { value: world.commitments[0]!.title } });
    // Another tab (which this one has not heard from) renames it and moves the target.
    const other = createLocalStore({ dbName, channelName: `other-${dbName}` });
    const saved = (await other.list({ teamId: TEST_TEAM })).find(
      (c) => c.source.kind === 'email' && c.source.internetMessageId === atRisk.internetMessageId,
    )!;
    await other.update({
      ...saved,
      title: world.commitments[1]!.title,
      acceptanceCriteria: world.commitments[2]!.acceptanceCriteria,
    });
    other.close();
    await press('taskpane.edit.save');
    await screen.findByRole('radiogroup', { name: w('taskpane.create.title'), ...HIDDEN });
    await press('taskpane.edit.save');
    await screen.findByText(w('merge.chooseAll', { count: 1 }));
    expectNoEnglish();
  }, 60_000);

  it('task pane: a delivered commitment its checker signed off — feedback and reopen', async () => {
    const store = await seeded();
    const delivered = world.emails[6]!;
    const c = world.commitments.find(
      (x) => x.source.kind === 'email' && x.source.internetMessageId === delivered.internetMessageId,
    )!;
    renderIn(locale, <TaskPane />, testServices({ store, now: NOW, locale, item: delivered }));
    await screen.findByText(w('domain.history.signed-off', { checker: c.checker!.name, by: c.owner.name }));
    await button('actions.reopen');
    expectNoEnglish();
    const forms: [MessageKey, MessageKey][] = [
      ['actions.feedback', 'actions.feedback.submit'],
      ['actions.reopen', 'actions.reopen.submit'],
    ];
    for (const [action, submit] of forms) {
      await press(action);
      await button(submit);
      expectNoEnglish();
    }
    await press('actions.reopen.submit');
    await screen.findAllByText(w('domain.validation.reopenReasonRequired'));
    expectNoEnglish();
  }, 60_000);

  it('task pane in Outlook: waiting for the reply in Sent Items, not there yet, and when Kept cannot look', async () => {
    const store = await seeded();
    const atRisk = world.emails[3]!;
    const services = testServices({ store, now: NOW, locale, item: atRisk });
    let mailbox: 'empty' | 'unreachable' = 'empty';
    const host = {
      ...services.host,
      openDraft: async () => 'opened' as const,
      mailbox: {
        sentInConversation: async () => {
          if (mailbox === 'unreachable') throw new StoreError('offline', 'no network');
          return [];
        },
        // The owner's pane: reading the thread is how it looks for the reply.
        threadSince: async () => {
          if (mailbox === 'unreachable') throw new StoreError('offline', 'no network');
          return { messages: [], more: false };
        },
      },
    };
    renderIn(locale, <TaskPane />, { ...services, host });
    await press('actions.update');
    await press('actions.update.submit');
    await press('actions.sent.check');
    await screen.findByText(w('actions.sent.notYet'));
    expectNoEnglish();
    mailbox = 'unreachable';
    await press('actions.sent.check');
    await button('actions.sent.yes');
    expectNoEnglish();
  }, 60_000);

  it('task pane: the customer’s reply, what it meant, and a thread Kept cannot read', async () => {
    const store = await seeded();
    // The HR roster: a new date proposed, the customer's answer still to come.
    const roster = world.emails[12]!;
    const services = testServices({ store, now: NOW, locale, item: roster });
    let throttled = false;
    const host = {
      ...services.host,
      mailbox: {
        sentInConversation: async () => [],
        threadSince: async () => {
          if (throttled) throw new StoreError('throttled', 'Too many requests');
          const at = '2026-11-25T10:30:00.000Z';
          const from = world.commitments.find(
            (c) => c.source.kind === 'email' && c.source.conversationId === roster.conversationId,
          )!.customer;
          return {
            messages: [{ id: 'r1', from, fromMe: false, sentAt: at, receivedAt: at, preview: 'OK' }],
            more: false,
          };
        },
      },
    };
    const view = renderIn(locale, <TaskPane />, { ...services, host });
    // The view's words register when it loads: name the group once they have.
    const meanings = await waitFor(() => screen.getByRole('group', { name: w('actions.reply.meaning'), ...HIDDEN }), {
      timeout: 10_000,
    });
    expectNoEnglish();
    for (const opens of within(meanings)
      .getAllByRole('button', HIDDEN)
      .filter((b) => b.hasAttribute('aria-expanded'))) {
      fireEvent.click(opens);
      expectNoEnglish();
    }
    view.unmount();
    throttled = true;
    renderIn(locale, <TaskPane />, { ...services, host });
    await screen.findByText(w('actions.reply.throttled'), { exact: false }, { timeout: 10_000 });
    expectNoEnglish();
  }, 60_000);

  it('team overview: lanes, table, details and their actions, metrics, settings', async () => {
    // The table renders the rows in view: a window tall enough for every row of the demo data.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(2000);
    const store = await seeded();
    renderIn(locale, <TeamOverview view="team" />, testServices({ store, now: NOW, locale }));
    const grid = await screen.findByRole('grid', { name: w('overview.table.label'), ...HIDDEN });
    expectNoEnglish();
    const firstRow = within(grid)
      .getAllByRole('row', HIDDEN)
      .find((row) => row.hasAttribute('data-commitment-id'))!;
    fireEvent.click(firstRow);
    await button('overview.drawer.close');
    for (const action of ['actions.update', 'actions.concern', 'actions.deliver'] as const) {
      const open = screen.queryAllByRole('button', { name: w(action), ...HIDDEN })[0];
      if (open !== undefined) fireEvent.click(open);
    }
    expectNoEnglish();
    await press('overview.drawer.close');
    // A date proposed to the customer (their answer, closing the concern) and a cancelled commitment (reopen).
    const proposed = world.commitments.find((c) => statusAt(c, settings, NOW).proposedDate !== undefined)!;
    const cancelled = world.commitments.find((c) => c.cancelledAt !== undefined)!;
    const unsigned = world.commitments.find(
      (c) => c.checker !== undefined && c.deliveredAt !== undefined && c.signedOff === undefined,
    )!;
    for (const [c, forms] of [
      [proposed, ['actions.answer', 'actions.closeConcern']],
      [cancelled, ['actions.reopen']],
      [unsigned, ['actions.signOff']],
    ] as const) {
      await waitFor(() => expect(grid.querySelector(`[data-commitment-id="${c.id}"]`)).not.toBeNull());
      fireEvent.click(grid.querySelector(`[data-commitment-id="${c.id}"]`)!);
      await button('overview.drawer.close');
      for (const form of forms) {
        await press(form);
        expectNoEnglish();
      }
      if (c === unsigned) {
        // Asking the checker: the draft, then "Sent?", and a yes recorded.
        const checker = c.checker!.name;
        await screen.findByText(w('actions.signOff.waiting', { checker }));
        fireEvent.click(
          (await screen.findAllByRole('button', { name: w('actions.askSignOff', { checker }), ...HIDDEN })).at(-1)!,
        );
        const dialog = await screen.findByRole('dialog', {
          name: w('shell.draft.title.colleague', { name: checker }),
          ...HIDDEN,
        });
        fireEvent.click(
          within(dialog)
            .getAllByRole('button', { name: w('common.close'), ...HIDDEN })
            .at(-1)!,
        );
        await press('actions.sent.yes');
        await screen.findByText(w('actions.sent.recorded', { message: w('domain.message.sign-off-request') }));
        expectNoEnglish();
      }
      await press('overview.drawer.close');
    }
    fireEvent.click(await screen.findByRole('tab', { name: w('overview.section.metrics'), ...HIDDEN }));
    await screen.findByRole('heading', { name: w('overview.metrics.title'), ...HIDDEN });
    for (const show of await screen.findAllByRole('button', { name: w('overview.chart.showData'), ...HIDDEN }))
      fireEvent.click(show);
    fireEvent.change(screen.getByRole('combobox', { name: w('overview.metrics.groupBy'), ...HIDDEN }), {
      target: { value: 'owner' },
    });
    await screen.findByRole('columnheader', { name: w('overview.metrics.person'), ...HIDDEN });
    expectNoEnglish();
    await press('overview.settings.open');
    await screen.findByRole('dialog', { name: w('overview.settings.title'), ...HIDDEN });
    expectNoEnglish();
  }, 90_000);

  it('team tools: selection, reassign, nudge, digest, saved views, notices, the simulated Teams, the recap for the meeting chat', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(2000);
    const store = await seeded();
    const base = testServices({ store, now: NOW, locale });
    const teamwork = createDemoTeamwork({
      me: demoUser,
      members: [demoUser, ...Object.values(teammates)],
      link: (id) => base.host.commitmentLink(id),
      now: () => NOW,
    });
    // As the app composes it: saved changes notify in the (simulated) Teams.
    const notifying = withActivityNotifications(store, teamwork, demoUser);
    const services = {
      ...base,
      store: notifying.store,
      host: { ...base.host, teamwork, documents: deviceDocuments(demoUser.email) },
    };
    const view = renderIn(locale, <TeamOverview view="team" />, services);
    const grid = await screen.findByRole('grid', { name: w('overview.table.label'), ...HIDDEN });
    const mine = world.commitments.find((c) => c.owner.email === demoUser.email && c.deliveredAt === undefined)!;
    await waitFor(() => expect(grid.querySelector(`[data-commitment-id="${mine.id}"]`)).not.toBeNull());
    fireEvent.click(
      within(grid).getByRole('checkbox', { name: w('overview.select.row', { title: mine.title }), ...HIDDEN }),
    );
    await screen.findByText(w('overview.tools.selected', { count: 1 }));
    expectNoEnglish();
    const closeDialog = async (name: string) => {
      const dialog = await screen.findByRole('dialog', { name, ...HIDDEN });
      expectNoEnglish();
      fireEvent.click(
        within(dialog)
          .getAllByRole('button', { name: w('common.close'), ...HIDDEN })
          .at(-1)!,
      );
      await waitFor(() => expect(screen.queryByRole('dialog', { name, ...HIDDEN })).toBeNull());
    };
    await press('overview.tools.reassign');
    await closeDialog(w('teamTools.reassign.heading', { count: 1 }));
    await press('overview.tools.digest');
    await closeDialog(w('teamTools.digest.heading'));
    await press('overview.tools.views');
    await closeDialog(w('teamTools.views.heading'));
    // Reassigned to a teammate: the dialog's outcome, and a notification in the simulated Teams.
    await press('overview.tools.reassign');
    const reassignDialog = await screen.findByRole('dialog', {
      name: w('teamTools.reassign.heading', { count: 1 }),
      ...HIDDEN,
    });
    fireEvent.change(within(reassignDialog).getByRole('combobox', HIDDEN), { target: { value: teammates.sam.email } });
    fireEvent.click(within(reassignDialog).getByRole('button', { name: w('teamTools.reassign.submit'), ...HIDDEN }));
    await within(reassignDialog).findByText(w('teamTools.reassign.done', { count: 1, name: teammates.sam.name }));
    expectNoEnglish();
    view.unmount();

    const sam = world.commitments.find((c) => c.owner.email === teammates.sam.email && c.deliveredAt === undefined)!;
    const again = renderIn(locale, <TeamOverview view="team" />, services);
    const grid2 = await screen.findByRole('grid', { name: w('overview.table.label'), ...HIDDEN });
    await waitFor(() => expect(grid2.querySelector(`[data-commitment-id="${sam.id}"]`)).not.toBeNull());
    fireEvent.click(
      within(grid2).getByRole('checkbox', { name: w('overview.select.row', { title: sam.title }), ...HIDDEN }),
    );
    await press('overview.tools.nudge');
    await closeDialog(w('teamTools.nudge.heading', { name: teammates.sam.name }));
    again.unmount();

    // A post shows what people wrote (here the meeting's subject) under the page's own words.
    const subject = world.meetings[0]!.subject;
    await teamwork.postToChat('19:meeting@thread.v2', { subject, html: `<p>${subject}</p>` });
    const notice = {
      kind: 'reassigned' as const,
      to: teammates.sam,
      commitmentId: mine.id,
      teamId: mine.teamId,
      title: mine.title,
    };
    const teams = renderIn(
      locale,
      <>
        <ActivityNotices
          outcomes={[
            { notice, ok: false, error: new TeamworkError('throttled', 'Too many requests') },
            { notice, ok: true },
          ]}
          onDismiss={() => undefined}
        />
        <DemoTeamsDialog onClose={() => undefined} />
      </>,
      services,
    );
    await screen.findByRole('dialog', { name: w('teamTools.demo.heading'), ...HIDDEN });
    await screen.findByText(w('teamTools.demo.feed', { name: teammates.sam.name }));
    expectNoEnglish();
    teams.unmount();

    renderIn(locale, <MeetingChecklist meeting={world.meetings[0]!} />, services);
    await screen.findByRole('list', { name: w('meeting.list.count', { count: 2 }), ...HIDDEN });
    await press('meeting.recap.postToChat');
    await screen.findByRole('dialog', { name: w('teamTools.recapChat.heading'), ...HIDDEN });
    expectNoEnglish();
  }, 120_000);

  it('my commitments: nothing yet, and nothing matching', async () => {
    const store = createLocalStore({ dbName: `empty-${Math.random()}`, defaultTimeZone: 'Europe/London' });
    renderIn(locale, <TeamOverview view="mine" />, testServices({ store, now: NOW, locale }));
    await screen.findByText(w('overview.empty.mine.title'));
    expectNoEnglish();
  }, 60_000);

  it('meeting checklist: promises, adding one, a plan, a delivery, the recap', async () => {
    const store = await seeded();
    const planning = world.meetings[0]!;
    renderIn(locale, <MeetingChecklist meeting={planning} />, testServices({ store, now: NOW, locale }));
    const list = await screen.findByRole('list', { name: w('meeting.list.count', { count: 2 }), ...HIDDEN });
    expectNoEnglish();
    await press('meeting.add.submit');
    expectNoEnglish();
    fireEvent.click(within(list).getAllByRole('button', { name: new RegExp(w('meeting.plan.add')), ...HIDDEN })[0]!);
    await button('meeting.plan.save');
    expectNoEnglish();
    fireEvent.click(within(list).getAllByRole('checkbox', HIDDEN)[0]!);
    await button('meeting.deliver.confirm');
    expectNoEnglish();
    await press('meeting.recap.send');
    await screen.findByRole('dialog', { name: w('shell.draft.title.attendees'), ...HIDDEN });
    expectNoEnglish();
  }, 60_000);

  it('standalone demo: top bar, start page, simulated Outlook and Teams, reset', async () => {
    const store = await seeded();
    const services = testServices({ store, now: NOW, locale, item: world.emails[10]! });
    const standalone = {
      host: services.host,
      world,
      dataset: { kind: 'demo' } as const,
      resetDemo: async () => undefined,
    };
    const view = renderIn(
      locale,
      <StandaloneFrame current="taskpane" standalone={standalone}>
        <OutlookSimulator standalone={standalone} width={320}>
          <TaskPane />
        </OutlookSimulator>
      </StandaloneFrame>,
      services,
    );
    await button('actions.update');
    // The simulated Outlook draws after the pane's first paint: its inbox and reading pane too.
    await simulatedHostDrawn('shell.inbox.label');
    expectNoEnglish();
    await press('shell.reset');
    await button('shell.reset.action');
    expectNoEnglish();
    view.unmount();

    renderIn(
      locale,
      <StandaloneFrame current="home" standalone={standalone}>
        <Home />
      </StandaloneFrame>,
      services,
    );
    await screen.findByText(w('shell.home.intro'));
    expectNoEnglish();
    view.unmount();

    act(() => services.host.selectItem(world.meetings[2]));
    renderIn(
      locale,
      <MeetingSimulator standalone={standalone} width={320} panel={(m) => <MeetingChecklist meeting={m} />} />,
      services,
    );
    await screen.findByRole('heading', { name: w('meeting.heading'), ...HIDDEN });
    await simulatedHostDrawn('shell.meetings.label');
    expectNoEnglish();
  }, 60_000);

  it('standalone demo with synthetic data: the banner, the storage line and regenerating', async () => {
    const store = await seeded();
    const services = {
      ...testServices({ store, now: NOW, locale, item: world.emails[10]! }),
      storageDescription: w('shell.storage.synthetic', { count: 10_000 }),
    };
    const standalone = {
      host: services.host,
      world,
      dataset: { kind: 'synthetic', count: 10_000 } as const,
      resetDemo: async () => undefined,
    };
    renderIn(
      locale,
      <StandaloneFrame current="overview" standalone={standalone}>
        <TeamOverview view="team" />
      </StandaloneFrame>,
      services,
    );
    await screen.findByText(w('shell.dataset.showDemo'));
    await screen.findByRole('grid', { name: w('overview.table.label'), ...HIDDEN });
    expectNoEnglish();
    await press('shell.reset.synthetic');
    await screen.findByText(w('shell.reset.syntheticConfirm'));
    expectNoEnglish();
  }, 60_000);

  it('the draft dialog, team picker, tab configuration, notices, problems and a crash', async () => {
    const store = createLocalStore({ dbName: `misc-${Math.random()}`, defaultTimeZone: 'Europe/London' });
    const problems: StoreProblem[] = [
      { kind: 'unreadable-item', column: 'KeptSteps', problem: 'is not a list of steps' },
      { kind: 'team-unavailable', teamId: TEST_TEAM, error: new Error('HTTP 503') },
    ];
    const services = { ...testServices({ store, now: NOW, locale }), storageDescription: w('shell.storage.demo') };
    const withProblems = { ...services, store: Object.assign(store, { readProblems: async () => problems }) };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Crash = (): never => {
      throw new Error('boom');
    };
    renderIn(
      locale,
      <>
        <StoreProblems />
        {(['outlook-unavailable', 'teams-unavailable', 'graph-not-configured', 'no-teams'] as const).map((n) => (
          <Notice key={n} notice={n} />
        ))}
        <TeamPicker choice={{ teams: async () => [], choose: async () => undefined }} onChosen={() => undefined} />
        {(
          [
            { kind: 'connecting' },
            { kind: 'ready' },
            { kind: 'outside-teams', overviewUrl: 'overview.html' },
            { kind: 'save-failed', detail: 'x' },
          ] as const
        ).map((state) => (
          <TabConfig key={state.kind} locale={locale} state={state} />
        ))}
        <ErrorBoundary locale={locale}>
          <Crash />
        </ErrorBoundary>
        {(['customer', 'colleague', 'attendees', 'team'] as const).map((audience) => (
          <DraftDialog
            key={audience}
            draft={{ mode: 'new', subject: 'Suunnitelma', html: '', text: 'Hei', to: [customers.aino], lang: 'fi' }}
            audience={audience}
            onClose={() => undefined}
          />
        ))}
      </>,
      withProblems,
    );
    await screen.findByText(w('shell.team.none'));
    await screen.findByText(w('shell.problems.title'));
    await waitFor(() => expect(screen.getAllByRole('dialog', HIDDEN)).not.toHaveLength(0));
    expectNoEnglish();
  }, 60_000);
});

describe('the scan itself', () => {
  it('finds English the catalog uses, and not what people wrote or text marked as English', () => {
    document.body.innerHTML = `<div lang="fa"><p>Save plan</p><p>${world.commitments[0]!.title}</p><p lang="en">Thanks</p><p>Kept · Outlook</p></div>`;
    expect(englishOnScreen(document.body, 'fa', PEOPLE)).toEqual(['Save — in “Save plan”', 'plan — in “Save plan”']);
    // A compound of the page's language that borrows an English word is not English; an English compound is.
    document.body.innerHTML = '<div lang="fi"><p>Olet offline-tilassa.</p><p>Ask for a sign-off</p></div>';
    expect(englishOnScreen(document.body, 'fi', PEOPLE)).toEqual([
      'Ask — in “Ask for a sign-off”',
      'for — in “Ask for a sign-off”',
      'sign — in “Ask for a sign-off”',
      'off — in “Ask for a sign-off”',
    ]);
    // A link is an address, not words; the team tools' English is English too.
    document.body.innerHTML =
      '<div lang="fi"><p>Avaa: overview.html?commitment=c-1 https://teams.microsoft.com/l/entity/x</p><p>Saved views</p></div>';
    expect(englishOnScreen(document.body, 'fi', PEOPLE)).toEqual([
      'Saved — in “Saved views”',
      'views — in “Saved views”',
    ]);
    document.body.innerHTML = '';
  });
});
