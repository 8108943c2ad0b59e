import { TaskPane } from '../../surfaces/taskpane/TaskPane';
import { mount } from '../mount';
import { Notice } from '../Notice';
import { OutlookSimulator } from '../standalone/OutlookSimulator';
import { StandaloneFrame } from '../standalone/StandaloneFrame';

mount((composition, params) =>
  composition.standalone === undefined ? (
    <TaskPane />
  ) : (
    <StandaloneFrame current="taskpane" standalone={composition.standalone}>
      <Notice notice={composition.notice} />
      <OutlookSimulator standalone={composition.standalone} width={params.width ?? 320}>
        <TaskPane />
      </OutlookSimulator>
    </StandaloneFrame>
  ),
);
