import type { HostContext } from '../HostContext';
import type { OfficeLike } from './officeLike';
import { createOutlookHostFrom } from './outlookHost';

export { createOutlookHostFrom, themeFromOffice } from './outlookHost';
export type { OfficeLike } from './officeLike';

/** Microsoft's hosted Office.js; add-ins must load it from this CDN, not bundle it. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOAD_TIMEOUT_MS = 15_000;

declare global {
  interface Window {
    Office?: unknown;
  }
}

/** Adds the office.js script tag once; resolves with the global it defines. */
export function loadOfficeJs(doc: Document = document, timeoutMs = LOAD_TIMEOUT_MS): Promise<unknown> {
  const win = doc.defaultView;
  if (win?.Office !== undefined) return Promise.resolve(win.Office);
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    const timer = setTimeout(() => reject(new Error('Office.js did not load in time.')), timeoutMs);
    script.src = OFFICE_JS_URL;
    script.async = true;
    script.onload = () => {
      clearTimeout(timer);
      if (win?.Office === undefined) reject(new Error('Office.js loaded but defined no Office object.'));
      else resolve(win.Office);
    };
    script.onerror = () => {
      clearTimeout(timer);
      reject(new Error('Office.js could not be loaded from its CDN.'));
    };
    doc.head.appendChild(script);
  });
}

/**
 * The Outlook host. Called by the composition root only for `?host=outlook`, so nothing else
 * loads office.js. Rejects outside Outlook (office.js then reports no mailbox).
 */
export async function createOutlookHost(options: { appId?: string } = {}): Promise<HostContext> {
  // The real Office object types `mailbox.item` as the intersection of every mode; OfficeLike
  // models each mode-dependent member as a union, which is what the object is at run time.
  const office = (await loadOfficeJs()) as OfficeLike;
  await office.onReady();
  return createOutlookHostFrom(office, {
    overviewUrl: new URL('overview.html', window.location.href).href,
    ...(options.appId === undefined ? {} : { appId: options.appId }),
  });
}
