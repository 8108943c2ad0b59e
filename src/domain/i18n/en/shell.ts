import { plural, type MessageTemplate } from '../wording';

/** The standalone shell, the app frame and the draft dialog. */
export const shell = {
  'shell.draft.title': 'Draft for your customer',
  'shell.draft.title.colleague': 'Draft for {name}',
  'shell.draft.title.attendees': 'Draft for the meeting’s attendees',
  'shell.draft.title.team': 'Draft for your team',
  'shell.draft.explain':
    'Outlook is not available here, so Kept shows the draft instead. Edit it, copy it, and send it from your mail app.',
  'shell.draft.to': 'To: {recipients}',
  'shell.draft.body': 'Message',
  'shell.draft.copy': 'Copy message',
  'shell.draft.copyFailed': 'Copying was blocked by the browser. Select the text and copy it by hand.',
  'shell.storage.local': 'Saved on this device',
  'shell.storage.demo': 'Demo data, saved in this browser',
  'shell.storage.synthetic': plural({
    one: 'Synthetic data: # generated commitment, in a database of its own',
    other: 'Synthetic data: # generated commitments, in a database of their own',
  }),
  'shell.dataset.synthetic': plural({
    one: 'This page shows # synthetic commitment for load testing, kept apart from your demo data, which is unchanged.',
    other:
      'This page shows # synthetic commitments for load testing, kept apart from your demo data, which is unchanged.',
  }),
  'shell.dataset.showDemo': 'Show my demo data',
  'shell.reset.synthetic': 'Generate the synthetic data again',
  'shell.reset.syntheticConfirm':
    'Replace the synthetic commitments with freshly generated ones? Your demo data is not touched.',
  'shell.problems.title': 'Some commitments cannot be shown',
  'shell.problems.unreadable': plural({
    one: '# item in the team’s Kept list was edited outside Kept and can’t be read (column {columns}). It is left out, unchanged, until someone fixes it in SharePoint.',
    other:
      '# items in the team’s Kept list were edited outside Kept and can’t be read (columns {columns}). They are left out, unchanged, until someone fixes them in SharePoint.',
  }),
  'shell.problems.teams': plural({
    one: 'The commitments of # of your teams could not be loaded: {reasons}',
    other: 'The commitments of # of your teams could not be loaded: {reasons}',
  }),
  'shell.problems.notSetUp': plural({
    one: 'Kept is not set up yet in {teams}, so there is nothing to show from it. A member of that team sets Kept up by opening it in the team; nothing is created from here.',
    other:
      'Kept is not set up yet in # of your teams ({teams}), so there is nothing to show from them. A member of each team sets Kept up by opening it in the team; nothing is created from here.',
  }),
  'shell.problems.messages.title': 'A follow-up flag can’t be kept',
  'shell.problems.messageMissing': plural({
    one: 'The email behind {titles} is no longer in your mailbox (it was deleted or moved to an archive), so Kept can’t keep its Outlook follow-up flag. The commitment itself is unchanged.',
    other:
      'The emails behind # commitments ({titles}) are no longer in your mailbox (deleted or moved to an archive), so Kept can’t keep their Outlook follow-up flags. The commitments themselves are unchanged.',
  }),
  'shell.auth.redirecting': 'Signing in to Microsoft 365… This window closes by itself.',
  'shell.auth.redirectFailed': 'Sign-in could not finish ({detail}). Close this window and try again in Kept.',
  'shell.auth.relayTitle': 'Sign in to Microsoft 365',
  'shell.auth.relayExplain':
    'Kept opens Microsoft’s sign-in in a new window. When you are done there, both windows close and Kept carries on.',
  'shell.auth.relayContinue': 'Continue to sign in',
  'shell.auth.relayWaiting': 'Waiting for Microsoft’s sign-in window…',
  'shell.storage.pending': plural({ one: '# change waiting to be sent', other: '# changes waiting to be sent' }),
  'shell.storage.offline': 'offline',
  'shell.storage.graph': 'Saved in the {team} team site (Microsoft 365)',
  'shell.storage.graphAllTeams': 'Saved in your teams’ sites (Microsoft 365)',
  'shell.notice.graph-not-configured':
    'This copy of Kept has no Microsoft 365 sign-in configured, so commitments are saved on this device only. Your admin can set it up (see “Deploy to your tenant”).',
  'shell.team.title': 'Choose your team',
  'shell.team.intro':
    'Kept keeps your commitments in your team’s site, so your teammates see them too. Pick the team you serve requests with; you choose once, and Outlook remembers it on every device.',
  'shell.team.label': 'Your teams',
  'shell.team.none':
    'You are not a member of any team in Microsoft Teams. Ask a team owner to add you, then try again.',
  'shell.team.use': 'Use this team',
  'shell.team.loading': 'Looking up your teams…',
  'shell.team.saveFailed': 'Outlook could not remember your choice: {detail}. Try again.',
  'shell.crash.title': 'This view stopped working',
  'shell.crash.body': 'Your saved commitments and unsaved forms are safe. Reload the page to try again. ({detail})',
  'shell.startFailed.title': 'Kept could not start',
  'shell.startFailed.retry': 'Try again',
  'shell.notice.outlook-unavailable':
    'Outlook could not be reached, so Kept runs on its own with demo data. Open it from Outlook to work on your mail.',
  'shell.notice.no-teams':
    'You are not a member of any team in Microsoft Teams, so what you add here is saved on this device only and your teammates cannot see it. Ask a team owner to add you to your team.',
  'shell.notice.teams-unavailable':
    'Teams could not be reached, so Kept runs on its own with demo data. Open it from Teams to see your team.',
  'shell.nav.label': 'Kept surfaces',
  'shell.nav.home': 'Start',
  'shell.nav.taskpane': 'Outlook task pane',
  'shell.nav.overview': 'Team overview',
  'shell.nav.mine': 'My commitments',
  'shell.nav.meeting': 'Meeting checklist',
  'shell.banner': 'Standalone demo',
  // The browser tab's title: the page's name (its entry in the demo's top bar) first, so a narrow tab
  // still shows it.
  'shell.pageTitle': '{page} — Kept',
  'shell.theme.label': 'Theme',
  'shell.theme.light': 'Light',
  'shell.theme.dark': 'Dark',
  'shell.theme.high-contrast': 'High contrast',
  'shell.reset': 'Reset demo data',
  'shell.reset.confirm': 'Replace everything in this browser with the original demo data?',
  'shell.reset.action': 'Reset',
  'shell.inbox.title': 'Inbox',
  'shell.inbox.calendar': 'Calendar',
  'shell.inbox.label': 'Demo inbox and calendar',
  'shell.inbox.pick': 'Select an email or a meeting to open Kept on it, as you would in Outlook.',
  'shell.inbox.covered': 'Kept',
  'shell.pane.title': 'Kept',
  'shell.pane.label': 'Kept task pane',
  'shell.meetings.title': 'Meetings',
  'shell.meetings.label': 'Demo meetings',
  'shell.meetings.panel': 'Meeting side panel',
  'shell.meetings.pick': 'Select a meeting to see what was promised in it.',
  'shell.home.title': 'Kept — keep the promises you make to your internal customers',
  'shell.home.intro':
    'Kept lives where requests arrive. Attach an action plan to a request email, promise a date with a buffer your team has earned, keep your customer updated, raise concerns early, deliver and ask how it went.',
  'shell.home.taskpane':
    'The Outlook task pane on a request email: plan, dates, updates, concerns, delivery and feedback.',
  'shell.home.overview':
    'The Teams tab: overdue updates, commitments at risk, promises overdue, requests not yet acknowledged, and metrics.',
  'shell.home.meeting': 'The meeting side panel: the checklist of what was promised in a meeting, and the recap.',
  'shell.home.open': 'Open',
  'shell.home.local':
    'This demo runs entirely in your browser. Your changes are saved here (IndexedDB); nothing leaves this device.',
  // The demo's top bar: what Kept sent to the simulated Teams, and the simulated reminders.
  'shell.teams.open': plural({ zero: 'Teams (simulated)', other: 'Teams (simulated) · #' }),
  'shell.reminders.open': 'Outlook and To Do (simulated)',
} satisfies Record<string, MessageTemplate>;
