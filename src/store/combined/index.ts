export {
  createCombinedStore,
  type CombinedCommitmentStore,
  type CombinedParts,
  type PartProblem,
} from './createCombinedStore';
