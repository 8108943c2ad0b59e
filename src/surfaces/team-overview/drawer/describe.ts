import type { Commitment } from '../../../domain/types';

// Turns domain facts into catalog references; the drawer words them with the reader's locale.

/** Where the request came from, and a link to open it if we have one. */
export function sourceLink(c: Commitment): { kind: 'email' | 'meeting'; href: string } | undefined {
  const s = c.source;
  if (s.kind === 'email' && s.webLink !== undefined && isHttp(s.webLink)) return { kind: 'email', href: s.webLink };
  if (s.kind === 'meeting') {
    const href = s.webLink ?? s.joinUrl;
    if (href !== undefined && isHttp(href)) return { kind: 'meeting', href };
  }
  return undefined;
}

/** Only http(s) links are opened: a stored `javascript:` URL must never become a link. */
function isHttp(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
