import { MeetingChecklist } from '../../surfaces/meeting-checklist/MeetingChecklist';
import { useServices } from '../../ui/services';
import { useT } from '../../ui/useT';
import { mount } from '../mount';
import { Notice } from '../Notice';
import { PageTitle } from '../PageTitle';
import { ActivityNoticesHost } from '../ActivityNoticesHost';

/** Inside Teams: the meeting the side panel or details tab was opened in. */
function HostMeeting() {
  const { host } = useServices();
  const { t } = useT();
  const item = host.currentItem();
  return item?.kind === 'meeting' ? <MeetingChecklist meeting={item} /> : <p>{t('shell.meetings.pick')}</p>;
}

mount(async (composition, params) => {
  if (composition.standalone === undefined) {
    return (
      <>
        <PageTitle page="meeting" />
        <Notice notice={composition.notice} />
        <ActivityNoticesHost />
        <HostMeeting />
      </>
    );
  }
  const [{ MeetingSimulator }, { StandaloneFrame }] = await Promise.all([
    import('../standalone/MeetingSimulator'),
    import('../standalone/StandaloneFrame'),
  ]);
  return (
    <StandaloneFrame current="meeting" standalone={composition.standalone}>
      <PageTitle page="meeting" />
      <Notice notice={composition.notice} />
      <ActivityNoticesHost />
      <MeetingSimulator
        standalone={composition.standalone}
        width={params.width ?? 320}
        panel={(meeting) => <MeetingChecklist meeting={meeting} />}
      />
    </StandaloneFrame>
  );
});
