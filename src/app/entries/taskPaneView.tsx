import { preloadEmailViews } from '../../surfaces/taskpane/EmailPane';
import { TaskPane } from '../../surfaces/taskpane/TaskPane';
import type { Composition } from '../compose';
import type { PageParams } from '../params';
import { Notice } from '../Notice';
import { ActivityNoticesHost } from '../ActivityNoticesHost';

/** The task pane, inside Outlook, or in the standalone demo's simulated Outlook. */
export async function taskPaneView(composition: Composition, params: PageParams) {
  if (composition.services.host.currentItem()?.kind === 'email') preloadEmailViews();
  if (composition.standalone === undefined) {
    return (
      <>
        <Notice notice={composition.notice} />
        <ActivityNoticesHost />
        <TaskPane />
      </>
    );
  }
  const { OutlookSimulator, StandaloneFrame } = await import('../standalone/chrome');
  return (
    <StandaloneFrame current="taskpane" standalone={composition.standalone}>
      <Notice notice={composition.notice} />
      <ActivityNoticesHost />
      <OutlookSimulator standalone={composition.standalone} width={params.width ?? 320}>
        <TaskPane />
      </OutlookSimulator>
    </StandaloneFrame>
  );
}
