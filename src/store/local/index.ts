export { createLocalStore, type LocalCommitmentStore, type LocalStoreOptions } from './createLocalStore';
