import { plural, type MessageTemplate } from '../wording';

/** The Teams tab: the team's overview, "My commitments", metrics and team settings. */
export const overview = {
  'overview.title.team': 'Team commitments',
  'overview.title.mine': 'My commitments',
  'overview.subtitle.team': '{team}',
  'overview.sections': 'Overview sections',
  'overview.section.commitments': 'Commitments',
  'overview.section.metrics': 'Metrics',

  // Needs-attention lanes.
  'overview.lanes.label': 'Needs attention',
  'overview.lanes.hint': 'Select a lane to show only those commitments; select it again to show all.',
  'overview.lane.update-overdue': 'Updates overdue',
  'overview.lane.at-risk': 'At risk',
  'overview.lane.promise-overdue': 'Promises overdue',
  'overview.lane.ack-breached': 'Not acknowledged in time',
  'overview.lane.reply-waiting': 'Customer replied, not yet answered',
  'overview.lane.due-this-week': 'Due this week',
  'overview.lane.count': plural({ zero: 'none', one: '# commitment', other: '# commitments' }),

  // Filters and search.
  'overview.filters.label': 'Filters',
  'overview.search.label': 'Search commitments',
  'overview.search.placeholder': 'Search title, people, subject',
  'overview.search.clear': 'Clear search',
  'overview.filter.owner': 'Owner',
  'overview.filter.customer': 'Customer',
  'overview.filter.status': 'Status',
  'overview.filter.any': 'Any',
  'overview.filter.from': 'Promised from',
  'overview.filter.to': 'Promised to',
  'overview.filter.clear': 'Clear filters',
  'overview.filter.lane': 'Showing: {lane}',
  'overview.filter.rangeInvalid': 'The “from” date is after the “to” date, so nothing can match.',
  'overview.results': plural({
    zero: 'No commitments match',
    one: '# commitment',
    other: '# commitments',
  }),
  'overview.resultsOf': (params, locale) =>
    `${new Intl.NumberFormat(locale).format(Number(params.count))} of ${new Intl.NumberFormat(locale).format(Number(params.total))} commitments`,

  // The table.
  'overview.table.label': 'Commitments',
  'overview.table.hint': 'Use the arrow keys to move between commitments and Enter to open one.',
  'overview.table.hintSelect':
    'Use the arrow keys to move between commitments, Space to select one for the team tools and Enter to open it.',
  'overview.select.row': 'Select {title}',
  'overview.select.all': 'Select every commitment shown',

  // Team tools above the table (their dialogs load when first opened).
  'overview.tools.label': 'Team tools',
  'overview.tools.selected': plural({ zero: 'None selected', one: '# selected', other: '# selected' }),
  'overview.tools.clear': 'Clear selection',
  'overview.tools.reassign': 'Reassign…',
  'overview.tools.nudge': 'Nudge owner…',
  'overview.tools.exportXlsx': 'Export to Excel',
  'overview.tools.exportCsv': 'Export to CSV',
  'overview.tools.digest': 'Weekly digest…',
  'overview.tools.views': 'Saved views…',
  'overview.column.title': 'Commitment',
  'overview.column.status': 'Status',
  'overview.column.owner': 'Owner',
  'overview.column.customer': 'Customer',
  'overview.column.promised': 'Promised',
  'overview.column.nextUpdate': 'Next update',
  'overview.column.sortBy': 'Sort by {column}',
  'overview.column.noUpdate': '—',
  'overview.row.compact': '{owner} for {customer} · {date}',

  // States.
  'overview.loading': 'Loading commitments…',
  'overview.loadingCount': plural({ one: '# commitment loaded so far…', other: '# commitments loaded so far…' }),
  'overview.loadingSlow': 'Still loading. A large team’s commitments take a few seconds the first time.',
  'overview.error.title': 'The commitments could not be loaded',
  'overview.reading': 'Showing what this page showed last time; reading every commitment…',
  'overview.offline':
    'You are offline. This shows the commitments saved on this device; changes are sent when you are back online.',
  'overview.pending': plural({
    one: '# change waits to be sent to Microsoft 365.',
    other: '# changes wait to be sent to Microsoft 365.',
  }),
  'overview.empty.team.title': 'No commitments yet',
  'overview.empty.team.body':
    'When someone in the team records a request from an Outlook email or a meeting, it shows up here with its status.',
  'overview.empty.mine.title': 'You have no commitments',
  'overview.empty.mine.body': 'Requests you take on in Outlook or in a meeting show up here, across your teams.',
  'overview.empty.filtered.title': 'Nothing matches',
  'overview.empty.filtered.body': 'No commitment matches these filters. Clear them to see everything again.',
  'overview.linkNotFound':
    'The commitment in the link could not be found. It may have been deleted, or belong to another team.',

  // The detail drawer.
  'overview.drawer.close': 'Close details',
  'overview.drawer.openEmail': 'Open the request email in Outlook',
  'overview.drawer.openMeeting': 'Open the meeting',
  'overview.drawer.noSourceLink': 'Recorded from {kind}; there is no link to open it.',
  'overview.drawer.source.email': 'an email: “{subject}”',
  'overview.drawer.source.meeting': 'a meeting: “{subject}”',
  'overview.drawer.source.manual': 'Recorded by hand, without an email or meeting.',
  'overview.drawer.copyLink': 'Copy link to this commitment',
  'overview.drawer.linkCopied': 'Link copied',
  'overview.drawer.gone': 'This commitment is no longer in the list. Someone may have deleted it.',

  // The team settings dialog while it saves (the actions' words are in actions.ts).
  'overview.action.busy': 'Saving…',

  // Metrics.
  'overview.metrics.title': 'Metrics',
  'overview.metrics.window': 'Period',
  'overview.metrics.window.4': 'Last 4 weeks',
  'overview.metrics.window.13': 'Last 13 weeks',
  'overview.metrics.window.26': 'Last 26 weeks',
  'overview.metrics.window.52': 'Last 52 weeks',
  'overview.metrics.groupBy': 'Show',
  'overview.metrics.group.team': 'Team',
  'overview.metrics.group.owner': 'Per person',
  'overview.metrics.group.customer': 'Per customer',
  'overview.metrics.loading': 'Loading metrics…',
  'overview.metrics.error': 'The metrics could not be computed: {detail}',
  'overview.metrics.person': 'Person',
  'overview.metrics.customer': 'Customer',
  'overview.metrics.none': 'Nothing was delivered or requested in this period yet.',
  'overview.chart.trend.title': 'Promises kept, week by week',
  'overview.chart.trend.summary': plural({
    zero: 'No weeks to show.',
    one: 'One week shown. Exact numbers are in the table below the chart.',
    other: '# weeks shown. Exact numbers are in the table below the chart.',
  }),
  'overview.chart.trend.week': 'Week',
  'overview.chart.trend.kept': 'Kept',
  'overview.chart.trend.value': '{value} ({kept} of {judged} promises due)',
  'overview.chart.slip.title': 'Delivery against the promised date, in business days',
  'overview.chart.slip.summary': plural({
    zero: 'No deliveries in this period.',
    one: 'One delivery, counted in business days early (−) or late (+). Exact numbers are in the table below the chart.',
    other:
      '# deliveries, counted in business days early (−) or late (+). Exact numbers are in the table below the chart.',
  }),
  'overview.chart.slip.days': 'Business days against the promise',
  'overview.chart.slip.count': 'Deliveries',
  'overview.chart.showData': 'Show the numbers',
  'overview.chart.hideData': 'Hide the numbers',
  'overview.chart.bar': '{label}: {value}',

  // Team settings.
  'overview.settings.open': 'Team settings',
  'overview.settings.title': 'Service standards',
  'overview.settings.explain':
    'These standards apply to everyone in {team}. Kept uses them to flag what needs attention.',
  'overview.settings.ackHours': 'Acknowledge a request within (business hours, {min}–{max})',
  'overview.settings.cadence': 'Update the customer every (business days, {min}–{max})',
  'overview.settings.buffer': 'Default buffer between target and promised date (business days, {min}–{max})',
  'overview.settings.reminders': 'Remind each owner of the next update and the promise',
  'overview.settings.reminders.hint':
    'The owner’s Outlook or To Do rings when the next update to the customer is due; delivery completes the reminder.',
  'overview.settings.reminders.outlookFlag': 'Outlook follow-up flag on the request email',
  'overview.settings.reminders.todoTask': 'Microsoft To Do task',
  'overview.settings.reminders.off': 'No reminders',
  'overview.settings.range': 'Enter a whole number from {min} to {max}.',
  'overview.settings.saved': 'The team’s service standards were saved.',
  'overview.settings.conflict':
    'Someone else changed the team’s settings while you were editing. Your values are still here: check them against the current ones and save again.',
  'overview.settings.current':
    'Current: acknowledge within {ack} h, update every {cadence} days, buffer {buffer} days.',
  'overview.settings.loadFailed': 'The team’s settings could not be loaded: {detail}',

  // The channel tab's configuration page (Teams shows it when someone adds the tab).
  'overview.config.title': 'Add Kept to this channel',
  'overview.config.intro':
    'The Commitments tab shows everything your team has promised to its internal customers, and what needs attention now:',
  'overview.config.point.lanes':
    'updates that are overdue, promises at risk or past their date, and requests not acknowledged in time;',
  'overview.config.point.table': 'a table of every commitment you can filter by owner, customer, status and date;',
  'overview.config.point.metrics': 'how well the team keeps its promises, week by week.',
  'overview.config.storage':
    'Commitments are stored in this team’s SharePoint site. Nothing leaves your Microsoft 365 tenant.',
  'overview.config.ready': 'Select Save to add the tab.',
  'overview.config.connecting': 'Connecting to Teams…',
  'overview.config.outside':
    'This page is used by Microsoft Teams when you add the Kept tab to a channel. Open it from Teams, or try the overview in your browser.',
  'overview.config.openOverview': 'Open the overview',
  'overview.config.saveFailed': 'The tab could not be saved: {detail}. Try Save again.',
  'overview.config.tabName': 'Commitments',
} satisfies Record<string, MessageTemplate>;
