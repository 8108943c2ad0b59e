/** The cached account for the signed-in user (the host's address, any case); any one without a hint. */
export function accountFor<A extends { readonly username: string }>(
  accounts: readonly A[],
  loginHint: string | undefined,
): A | undefined {
  if (loginHint === undefined || loginHint === '') return accounts[0];
  const hint = loginHint.trim().toLowerCase();
  return accounts.find((a) => a.username.trim().toLowerCase() === hint);
}
