interface EnvLike {
  readonly VITE_KEPT_APP_ID?: string;
}

/**
 * The Teams app id this build was packaged with (`npm run package` sets VITE_KEPT_APP_ID from the
 * manifest's id), so Outlook can link a commitment to Kept in Teams. undefined in a plain build.
 */
export function teamsAppIdFromEnv(env: EnvLike = import.meta.env as EnvLike): string | undefined {
  const id = env.VITE_KEPT_APP_ID?.trim();
  return id === undefined || id === '' ? undefined : id;
}
