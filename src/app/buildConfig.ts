interface EnvLike {
  readonly VITE_KEPT_CATALOG_APP_ID?: string;
}

/**
 * The id Teams knows Kept by in this tenant, for "Open in Kept" deep links: the org catalog's App ID
 * (`npm run package` sets VITE_KEPT_CATALOG_APP_ID from KEPT_CATALOG_APP_ID). Teams opens a deep link
 * to an org-catalog app by that id, not by the manifest's
 * (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application).
 * undefined when not given: links then open Kept on the web, never the demo.
 */
export function teamsLinkAppIdFromEnv(env: EnvLike = import.meta.env as EnvLike): string | undefined {
  const id = env.VITE_KEPT_CATALOG_APP_ID?.trim();
  return id === undefined || id === '' ? undefined : id;
}
