import { describe, expect, it } from 'vitest';
import { commitmentId, teamId } from '../../domain/ids';
import type { ActivityNotice } from '../../domain/teamTools/activity';
import { clearDemoTeams, createDemoTeamwork, readDemoTeams } from './demoTeams';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

const me = { name: 'Avery Chen', email: 'avery.chen@contoso.example' };
const notice = (email: string): ActivityNotice => ({
  kind: 'sign-off-requested',
  to: { name: 'Grace Okafor', email },
  commitmentId: commitmentId('c-1'),
  teamId: teamId('t-1'),
  title: 'Headcount by department',
});

describe("the demo's simulated Teams", () => {
  it('a colleague in the organisation gets the notification in their feed, linking to the commitment', async () => {
    const storage = memoryStorage();
    const teams = createDemoTeamwork({ me, members: [me], link: (id) => `overview.html?commitment=${id}`, storage });
    await teams.notify(notice('grace.okafor@contoso.example'));
    expect(readDemoTeams(storage)).toEqual([
      expect.objectContaining({
        kind: 'notification',
        activity: 'sign-off-requested',
        from: me,
        to: { name: 'Grace Okafor', email: 'grace.okafor@contoso.example' },
        link: 'overview.html?commitment=c-1',
      }),
    ]);
  });

  it('someone outside the organisation is refused (forbidden), and nothing lands in any feed', async () => {
    const storage = memoryStorage();
    const teams = createDemoTeamwork({ me, members: [me], link: (id) => id, storage });
    await expect(teams.notify(notice('dana.park@fabrikam.example'))).rejects.toMatchObject({ code: 'forbidden' });
    expect(readDemoTeams(storage)).toEqual([]);
  });

  it('posts are kept as sent, and reset empties the simulated Teams', async () => {
    const storage = memoryStorage();
    const teams = createDemoTeamwork({ me, members: [me], link: (id) => id, storage });
    await teams.postToChat('19:meeting@thread.v2', { subject: 'Recap', html: '<p>a &lt;b&gt;</p>' });
    await teams.channel!.post({ html: '<p>digest</p>' });
    expect(readDemoTeams(storage).map((e) => e.kind === 'post' && e.place)).toEqual(['meeting-chat', 'channel']);
    clearDemoTeams(storage);
    expect(readDemoTeams(storage)).toEqual([]);
  });
});
