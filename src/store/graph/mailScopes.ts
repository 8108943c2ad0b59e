import type { TokenProvider } from './http/types';

/**
 * Reading mail with a permission the user already granted. Each mail read names its least
 * privileged scope (Sent Items: Mail.ReadBasic; the thread with its previews: Mail.Read), but a user
 * whose team keeps follow-up flags has consented to Mail.ReadWrite already, which covers both
 * (https://learn.microsoft.com/graph/permissions-reference: Mail.ReadWrite includes reading). Asking
 * for the narrower scope then means a second consent prompt for less. So a covering scope is tried
 * first, silently (never a prompt); only when none is granted is the least privileged scope asked
 * for, the way the caller allows. Silent refusals are remembered for the session, so a user without
 * the broader consent costs one silent attempt, not one per read.
 */
const refusedSilently = new WeakMap<TokenProvider, Set<string>>();

export function grantedFirst(getToken: TokenProvider, covering: readonly string[]): TokenProvider {
  let refused = refusedSilently.get(getToken);
  if (refused === undefined) refusedSilently.set(getToken, (refused = new Set()));
  const known = refused;
  return async (scopes, options) => {
    for (const scope of covering) {
      if (known.has(scope) || scopes.includes(scope)) continue;
      try {
        return await getToken([scope], { interactive: false });
      } catch {
        known.add(scope);
      }
    }
    const token = await getToken(scopes, options);
    // Granted now (perhaps after a prompt): a covering scope of another read may be this one.
    for (const scope of scopes) known.delete(scope);
    return token;
  };
}

/** Scopes the user may have granted that also cover reading a message's headers (Sent Items). */
export const COVERS_READ_BASIC = ['Mail.ReadWrite', 'Mail.Read'] as const;
/** Scopes the user may have granted that also cover reading a message's preview (the thread). */
export const COVERS_READ = ['Mail.ReadWrite'] as const;
