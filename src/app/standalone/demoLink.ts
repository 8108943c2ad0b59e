/** The demo's own choices a page's URL carries: its language and its theme. */
const CARRIED = ['lang', 'theme'] as const;

/**
 * A link to another demo page that keeps this page's language and theme (`?lang=`, `?theme=`), so
 * that following it does not switch the demo back to the browser's language or the system's colours.
 * The target's own values win. Relative to the demo's folder, as the pages link to each other.
 */
export function demoLink(href: string, here: string = window.location.href): string {
  const url = new URL(href, here);
  const current = new URL(here).searchParams;
  for (const key of CARRIED) {
    const value = current.get(key);
    if (value !== null && !url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  return `${url.pathname.split('/').pop() ?? ''}${url.search}${url.hash}`;
}
