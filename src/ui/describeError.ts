import type { Translator } from './useT';
import { isStoreError } from '../store/Store';

/** Words any failure for people; store errors by their code, anything else with its message. */
export function describeError(error: unknown, { t }: Pick<Translator, 't'>): string {
  if (isStoreError(error)) {
    if (error.code === 'invalid' || error.code === 'unavailable') {
      return t(`common.error.${error.code}`, { detail: error.message });
    }
    return t(`common.error.${error.code}`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return t('common.error.unknown', { detail });
}
