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
