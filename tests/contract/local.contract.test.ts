import { createLocalStore } from '../../src/store/local';
import { runCommitmentStoreContract } from './commitmentStore.contract';

// tests/setup.ts gives every test a fresh fake-indexeddb; a fresh name also keeps BroadcastChannels apart.
let run = 0;
runCommitmentStoreContract('local (IndexedDB)', async () => ({
  store: createLocalStore({ dbName: `kept-contract-${++run}` }),
}));
