import type { MessageKey } from '../domain/i18n';
import type { Translator } from './useT';

const CODES = ['forbidden', 'throttled', 'unauthorized', 'offline', 'not-found', 'no-link'] as const;

/**
 * Why a Teams notification or post did not happen, for people: by the failure's `code` (a
 * TeamworkError from the host), else its message. Nothing else changed, and the sentences say so.
 */
export function describeTeamworkFailure(error: unknown, { t }: Pick<Translator, 't'>): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known = CODES.find((c) => c === code);
  if (known !== undefined) return t(`teamTools.failure.${known}` as MessageKey);
  return t('teamTools.failure.other', { detail: error instanceof Error ? error.message : String(error) });
}
