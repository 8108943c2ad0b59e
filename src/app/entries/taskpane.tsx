import { TaskPane } from '../../surfaces/taskpane/TaskPane';
import { mount } from '../mount';
import { Notice } from '../Notice';

mount(async (composition, params) => {
  if (composition.standalone === undefined) {
    return (
      <>
        <Notice notice={composition.notice} />
        <TaskPane />
      </>
    );
  }
  const { OutlookSimulator, StandaloneFrame } = await import('../standalone/chrome');
  return (
    <StandaloneFrame current="taskpane" standalone={composition.standalone}>
      <Notice notice={composition.notice} />
      <OutlookSimulator standalone={composition.standalone} width={params.width ?? 320}>
        <TaskPane />
      </OutlookSimulator>
    </StandaloneFrame>
  );
});
