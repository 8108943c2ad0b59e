import { StoreError, type StoreErrorCode } from '../Store';

/** The local database cannot be used right now (blocked by another tab, written by a newer Kept, storage turned off). */
export const UNAVAILABLE: StoreErrorCode = 'unavailable';

const errorName = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';

/** Browsers name it differently: Chromium/WebKit `QuotaExceededError`, old Firefox `NS_ERROR_DOM_QUOTA_REACHED`. */
export const isQuotaError = (error: unknown): boolean => {
  const name = errorName(error);
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
};

/** Turns whatever IndexedDB threw during a read or write into a StoreError the UI can word. */
export function toStoreError(error: unknown, action: string): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) {
    return new StoreError(
      'quota',
      `This device has no room left to save (${action}). Free some browser storage and try again.`,
      {
        cause: error,
      },
    );
  }
  const name = errorName(error);
  if (name === 'ConstraintError') {
    return new StoreError('conflict', `Someone else saved the same record first (${action}).`, { cause: error });
  }
  if (name === 'DataCloneError' || name === 'DataError') {
    return new StoreError(
      'invalid',
      `The data could not be saved (${action}): it contains something that cannot be stored.`,
      {
        cause: error,
      },
    );
  }
  if (name === 'InvalidStateError' || name === 'TransactionInactiveError' || name === 'AbortError') {
    return new StoreError(UNAVAILABLE, `The local database closed while ${action}; reload the page and try again.`, {
      cause: error,
    });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError(UNAVAILABLE, `The local database failed while ${action}: ${detail}`, { cause: error });
}

/** Why the database could not be opened, in words that tell the person what to do. */
export function openError(error: unknown, dbName: string): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) {
    return new StoreError('quota', `There is no room on this device to open Kept's local database "${dbName}".`, {
      cause: error,
    });
  }
  const name = errorName(error);
  if (name === 'VersionError') {
    return new StoreError(
      UNAVAILABLE,
      `Kept's local database "${dbName}" was written by a newer version of Kept. Reload the page to get the newer version.`,
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError(
    UNAVAILABLE,
    `Kept could not open its local database "${dbName}" (${name || 'error'}: ${detail}). ` +
      'Browser storage may be turned off, for example in a private window.',
    { cause: error },
  );
}
