import { TeamOverview } from '../../surfaces/team-overview/TeamOverview';
import { mount } from '../mount';
import { Notice } from '../Notice';
import { StandaloneFrame } from '../standalone/StandaloneFrame';

mount((composition, params) =>
  composition.standalone === undefined ? (
    <TeamOverview view={params.view} />
  ) : (
    <StandaloneFrame current={params.view === 'mine' ? 'mine' : 'overview'} standalone={composition.standalone}>
      <Notice notice={composition.notice} />
      <TeamOverview view={params.view} />
    </StandaloneFrame>
  ),
);
