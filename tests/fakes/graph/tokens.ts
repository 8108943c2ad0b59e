/**
 * A TokenProvider for tests: the "token" names the user and the scopes asked for, so the fake
 * can check each request carries the scope Microsoft's documentation asks for.
 */
export type TestTokenProvider = ((
  scopes: readonly string[],
  options?: { interactive?: boolean },
) => Promise<string>) & {
  readonly asked: string[][];
};

export function tokensFor(user: string, options: { refuse?: readonly string[] } = {}): TestTokenProvider {
  const asked: string[][] = [];
  const provider = async (scopes: readonly string[]) => {
    asked.push([...scopes]);
    const refused = scopes.filter((s) => options.refuse?.includes(s));
    if (refused.length > 0) throw new Error(`consent refused for ${refused.join(', ')}`);
    return `${user}|${scopes.join(' ')}`;
  };
  return Object.assign(provider, { asked });
}

/**
 * A TokenProvider that models consent as Microsoft Entra does: a silent request (`interactive:
 * false`) for a scope the user has not granted fails; an interactive one shows the consent prompt
 * (recorded in `prompts`), and the user accepts unless the scope is in `refuse`.
 */
export function tokensWithConsent(
  user: string,
  options: { granted?: readonly string[]; refuse?: readonly string[] } = {},
): TestTokenProvider & { readonly prompts: string[][]; readonly granted: Set<string> } {
  const asked: string[][] = [];
  const prompts: string[][] = [];
  const granted = new Set(options.granted ?? []);
  const provider = async (scopes: readonly string[], request?: { interactive?: boolean }) => {
    asked.push([...scopes]);
    const missing = scopes.filter((s) => !granted.has(s));
    if (missing.length > 0) {
      if (request?.interactive === false) throw new Error(`interaction required for ${missing.join(', ')}`);
      prompts.push([...missing]);
      const refused = missing.filter((s) => options.refuse?.includes(s));
      if (refused.length > 0) throw new Error(`consent refused for ${refused.join(', ')}`);
      for (const s of missing) granted.add(s);
    }
    return `${user}|${scopes.join(' ')}`;
  };
  return Object.assign(provider, { asked, prompts, granted });
}
