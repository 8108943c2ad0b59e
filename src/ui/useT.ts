import { useMemo } from 'react';
import { formatMessage, t as translate, type MessageKey, type MessageParams, type MessageRef } from '../domain/i18n';
import { useServices } from './services';

export interface Translator {
  readonly locale: string;
  t(key: MessageKey, params?: MessageParams): string;
  /** Words a MessageRef that the domain returned. */
  fmt(ref: MessageRef): string;
}

/** The catalog, bound to the host's locale. */
export function useT(): Translator {
  const { host } = useServices();
  const locale = host.locale;
  return useMemo(
    () => ({
      locale,
      t: (key, params) => translate(locale, key, params),
      fmt: (ref) => formatMessage(locale, ref),
    }),
    [locale],
  );
}
