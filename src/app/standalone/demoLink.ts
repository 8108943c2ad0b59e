import { useEffect, useReducer } from 'react';
import { useServices } from '../../ui/services';

/** The demo's own choices a page's URL carries: its language and its theme. */
const CARRIED = ['lang', 'theme'] as const;

/**
 * A link to another demo page that keeps this page's language and theme (`?lang=`, `?theme=`), so
 * that following it does not switch the demo back to the browser's language or the system's colours.
 * The target's own values win. Relative to the demo's folder, as the pages link to each other; a link
 * elsewhere (another site, `mailto:`) is left as it is.
 */
export function demoLink(href: string, here: string = window.location.href): string {
  const url = new URL(href, here);
  const page = new URL(here);
  if (url.origin !== page.origin) return href;
  for (const key of CARRIED) {
    const value = page.searchParams.get(key);
    if (value !== null && !url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  return `${url.pathname.split('/').pop() ?? ''}${url.search}${url.hash}`;
}

/**
 * `demoLink` for a component that is not drawn again when the theme changes (the start page's
 * cards): it is, so its links carry the theme just chosen.
 */
export function useDemoLink(): typeof demoLink {
  const { host } = useServices();
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => host.onThemeChange(() => redraw()), [host]);
  return demoLink;
}
