import { TeamOverview } from '../../surfaces/team-overview/TeamOverview';
import { mount } from '../mount';
import { Notice } from '../Notice';
import { ActivityNoticesHost } from '../ActivityNoticesHost';

mount(async (composition, params) => {
  if (composition.standalone === undefined) {
    // A link from Outlook or a meeting opens the personal tab on one team's commitment: show that team.
    const view = params.view === 'mine' && composition.services.host.team() !== undefined ? 'team' : params.view;
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
      <TeamOverview view={params.view} />
    </StandaloneFrame>
  );
});
