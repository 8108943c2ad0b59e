import type { HostContext } from '../HostContext';
import type { OfficeLike } from './officeLike';
import { createOutlookHostFrom } from './outlookHost';

export { createOutlookHostFrom, themeFromOffice } from './outlookHost';
export type { OfficeLike } from './officeLike';

declare global {
  interface Window {
    Office?: unknown;
  }
}

/**
 * The Outlook host. Called by the composition root only for `?host=outlook`. Office.js is never
 * added to a page after it loaded (Office requires the reference in the page's <head>): only
 * outlook.html has it. Rejects on any other page, and outside Outlook (no mailbox).
 */
export async function createOutlookHost(options: { appId?: string } = {}): Promise<HostContext> {
  // The real Office object types `mailbox.item` as the intersection of every mode; OfficeLike
  // models each mode-dependent member as a union, which is what the object is at run time.
  const office = window.Office as OfficeLike | undefined;
  if (office === undefined) throw new Error('Office.js is not on this page: Outlook opens Kept at outlook.html.');
  await office.onReady();
  return createOutlookHostFrom(office, {
    overviewUrl: new URL('overview.html', window.location.href).href,
    ...(options.appId === undefined ? {} : { appId: options.appId }),
  });
}
