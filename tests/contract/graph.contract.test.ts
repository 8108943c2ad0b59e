import { createGraphStore } from '../../src/store/graph';
import { createFakeGraph } from '../fakes/graph/fakeGraph';
import { tokensFor } from '../fakes/graph/tokens';
import { runCommitmentStoreContract } from './commitmentStore.contract';

// The Graph adapter over the in-process fake Graph (tests/fakes/graph). The fake user's Outlook
// works Mon–Fri 09:00–17:00, the hours the contract expects of the default settings.
let run = 0;
runCommitmentStoreContract('graph (SharePoint list over fake Graph)', async () => {
  const graph = createFakeGraph();
  graph.mailboxSettings = {
    timeZone: 'W. Europe Standard Time',
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '09:00:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: 'W. Europe Standard Time' },
    },
  };
  const store = createGraphStore({
    getToken: tokensFor('alex@contoso.com'),
    groupId: graph.groupId,
    teamName: 'Facilities',
    fetch: graph.fetch,
    dbName: `kept-graph-contract-${++run}`,
    autoSync: false,
  });
  return { store };
});
