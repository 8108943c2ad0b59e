import { TeamOverview } from '../../surfaces/team-overview/TeamOverview';
import { overviewFilter, type OverviewView } from '../../surfaces/team-overview/useTeamOverview';
import { firstScreenKey } from '../../surfaces/team-overview/firstScreen';
import { readFirstScreenAhead } from '../../surfaces/team-overview/useKeptFirstScreen';
import { readListedAhead } from '../../ui/useCommitments';
import { mount } from '../mount';
import { Notice } from '../Notice';
import { PageTitle } from '../PageTitle';
import { ActivityNoticesHost } from '../ActivityNoticesHost';
import { waitAtMost } from '../waitAtMost';

/** How long the first render waits for the kept first screen (it usually answers in a few ms). */
const KEPT_SCREEN_WAIT_MS = 50;

mount(async (composition, params) => {
  const { host, store, teamId } = composition.services;
  // A link from Outlook or a meeting opens the personal tab on one team's commitment: show that team.
  const view: OverviewView =
    composition.standalone === undefined && params.view === 'mine' && host.team() !== undefined ? 'team' : params.view;
  const page = view === 'mine' ? 'mine' : 'overview';
  // The first screen kept from the last visit is one small record: it answers in a few milliseconds,
  // and the first render waits for it (never long: without it, the page reads everything). It is
  // asked first: IndexedDB answers in turn, and behind the read of every commitment it would wait.
  const kept = view === 'team' ? readFirstScreenAhead(store, firstScreenKey(teamId)) : undefined;
  if (kept !== undefined) await waitAtMost(kept, KEPT_SCREEN_WAIT_MS);
  // The table's read starts now, beside the theme and the frame still loading, not after the first render.
  readListedAhead(store, overviewFilter(view, host.user.email, teamId));
  if (composition.standalone === undefined) {
    return (
      <>
        <PageTitle page={page} />
        <Notice notice={composition.notice} />
        <ActivityNoticesHost />
        <TeamOverview view={view} />
      </>
    );
  }
  const { StandaloneFrame } = await import('../standalone/StandaloneFrame');
  return (
    <StandaloneFrame current={page} standalone={composition.standalone}>
      <PageTitle page={page} />
      <Notice notice={composition.notice} />
      <ActivityNoticesHost />
      <TeamOverview view={view} />
    </StandaloneFrame>
  );
});
