import { TeamOverview } from '../../surfaces/team-overview/TeamOverview';
import { mount } from '../mount';
import { Notice } from '../Notice';

mount(async (composition, params) => {
  if (composition.standalone === undefined) {
    return (
      <>
        <Notice notice={composition.notice} />
        <TeamOverview view={params.view} />
      </>
    );
  }
  const { StandaloneFrame } = await import('../standalone/chrome');
  return (
    <StandaloneFrame current={params.view === 'mine' ? 'mine' : 'overview'} standalone={composition.standalone}>
      <Notice notice={composition.notice} />
      <TeamOverview view={params.view} />
    </StandaloneFrame>
  );
});
