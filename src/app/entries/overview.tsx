import { TeamOverview } from '../../surfaces/team-overview/TeamOverview';
import { overviewFilter, type OverviewView } from '../../surfaces/team-overview/useTeamOverview';
import { readAhead } from '../../ui/useCommitments';
import { mount } from '../mount';
import { Notice } from '../Notice';
import { ActivityNoticesHost } from '../ActivityNoticesHost';

mount(async (composition, params) => {
  const { host, store, teamId } = composition.services;
  // A link from Outlook or a meeting opens the personal tab on one team's commitment: show that team.
  const view: OverviewView =
    composition.standalone === undefined && params.view === 'mine' && host.team() !== undefined ? 'team' : params.view;
  // The table's read starts now, beside the theme and the frame still loading, not after the first render.
  readAhead(store, { kind: 'list', filter: overviewFilter(view, host.user.email, teamId) });
  if (composition.standalone === undefined) {
    return (
      <>
        <Notice notice={composition.notice} />
        <ActivityNoticesHost />
        <TeamOverview view={view} />
      </>
    );
  }
  const { StandaloneFrame } = await import('../standalone/chrome');
  return (
    <StandaloneFrame current={params.view === 'mine' ? 'mine' : 'overview'} standalone={composition.standalone}>
      <Notice notice={composition.notice} />
      <ActivityNoticesHost />
      <TeamOverview view={view} />
    </StandaloneFrame>
  );
});
