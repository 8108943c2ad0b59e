import { emailQueries, preloadEmailView } from '../../surfaces/taskpane/EmailPane';
import { readAhead } from '../../ui/useCommitments';
import { TaskPane } from '../../surfaces/taskpane/TaskPane';
import type { Composition } from '../compose';
import type { PageParams } from '../params';
import { Notice } from '../Notice';
import { ActivityNoticesHost } from '../ActivityNoticesHost';

/** The task pane, inside Outlook, or in the standalone demo's simulated Outlook. */
export async function taskPaneView(composition: Composition, params: PageParams) {
  const { host, store } = composition.services;
  const item = host.currentItem();
  if (item?.kind === 'email') {
    // The pane's reads start now, beside the theme and frame still loading, and the view their
    // answer leads to as soon as it comes.
    const queries = emailQueries(item);
    readAhead(store, queries.own).then(
      (own) => preloadEmailView(item, own),
      () => undefined,
    );
    readAhead(store, queries.thread);
  }
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
