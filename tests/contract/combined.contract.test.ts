import { createCombinedStore } from '../../src/store/combined';
import { createLocalStore } from '../../src/store/local';
import { OTHER_TEAM, TEAM } from '../fixtures/commitments';
import { runCommitmentStoreContract } from './commitmentStore.contract';

// The combined store of the personal tab, over two local stores — one per team, each in its own
// database — so every write has to be routed to the right team and every read merged.
let run = 0;
runCommitmentStoreContract('combined (two teams, each its own local store)', async () => {
  run++;
  return {
    store: createCombinedStore([
      { teamId: TEAM, store: createLocalStore({ dbName: `kept-combined-${run}-facilities` }) },
      { teamId: OTHER_TEAM, store: createLocalStore({ dbName: `kept-combined-${run}-finance` }) },
    ]),
  };
});
