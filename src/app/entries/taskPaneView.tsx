import { readEmailPaneAhead } from '../../surfaces/taskpane/EmailPane';
import { readSettingsAhead } from '../../ui/useTeamSettings';
import { TaskPane } from '../../surfaces/taskpane/TaskPane';
import type { Composition } from '../compose';
import type { PageParams } from '../params';
import { Notice } from '../Notice';
import { PageTitle } from '../PageTitle';
import { ActivityNoticesHost } from '../ActivityNoticesHost';
import { waitAtMost } from '../waitAtMost';

/**
 * How long the first render waits for the email's commitments and the view that shows them. From
 * this device's store they answer within a few frames; the pane then opens on its content instead
 * of a spinner a frame before it. A slower answer (a first visit from a new device asks Microsoft
 * 365) shows the pane loading, as it always did.
 */
const FIRST_SCREEN_WAIT_MS = 300;

/** The task pane, inside Outlook, or in the standalone demo's simulated Outlook. */
export async function taskPaneView(composition: Composition, params: PageParams) {
  const { host, store, teamId } = composition.services;
  const item = host.currentItem();
  // The pane's reads start now, beside the theme and frame still loading, and the view their
  // answer leads to as soon as it comes. With nothing selected the pane reads nothing: an early
  // read no hook takes would only hold its store subscription for the page's life.
  const settings = item === undefined ? undefined : readSettingsAhead(store, teamId);
  if (item?.kind === 'email') {
    await waitAtMost(Promise.all([settings, readEmailPaneAhead(store, item, teamId)]), FIRST_SCREEN_WAIT_MS);
  }
  if (composition.standalone === undefined) {
    return (
      <>
        <PageTitle page="taskpane" />
        <Notice notice={composition.notice} />
        <ActivityNoticesHost />
        <TaskPane />
      </>
    );
  }
  const [{ OutlookSimulator }, { StandaloneFrame }] = await Promise.all([
    import('../standalone/OutlookSimulator'),
    import('../standalone/StandaloneFrame'),
  ]);
  return (
    <StandaloneFrame current="taskpane" standalone={composition.standalone}>
      <PageTitle page="taskpane" />
      <Notice notice={composition.notice} />
      <ActivityNoticesHost />
      <OutlookSimulator standalone={composition.standalone} width={params.width ?? 320}>
        <TaskPane />
      </OutlookSimulator>
    </StandaloneFrame>
  );
}
