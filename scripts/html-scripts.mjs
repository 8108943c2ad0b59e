// Which built pages load scripts from another origin, and where. Office requires Office.js to be
// referenced in the <head> of the page an add-in opens, before other scripts:
// https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn
// Outlook's sign-in dialog (auth-dialog.html) is an Office page too: it calls Office.context.ui.messageParent.
// Every other page (the standalone demo, the Teams pages, the other sign-in pages) loads nothing from a CDN.

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The page Outlook opens. */
export const OUTLOOK_PAGE = 'outlook.html';
/** The pages that may (and must) load Office.js: the one Outlook opens, and its sign-in dialog. */
export const OFFICE_PAGES = [OUTLOOK_PAGE, 'auth-dialog.html'];

/** The src of every <script> of an HTML text, in order, with whether it sits in <head>. */
export function scriptsOf(html) {
  const headEnd = html.search(/<\/head>/i);
  return [...html.matchAll(/<script\b([^>]*)>/gi)].map((match) => {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(match[1] ?? '')?.[1];
    return { src, inHead: headEnd >= 0 && (match.index ?? 0) < headEnd };
  });
}

const external = (src) => src !== undefined && /^(https?:)?\/\//i.test(src);

/** Problems, by page: an external script anywhere but the Office pages; an Office page without Office.js first in <head>. */
export function externalScriptProblems(pages) {
  const problems = [];
  for (const [page, html] of Object.entries(pages)) {
    const scripts = scriptsOf(html);
    if (!OFFICE_PAGES.includes(page)) {
      for (const s of scripts.filter((x) => external(x.src)))
        problems.push(`${page} loads ${s.src} from another origin.`);
      continue;
    }
    const first = scripts[0];
    if (first?.src !== OFFICE_JS || !first.inHead)
      problems.push(`${page} must reference ${OFFICE_JS} in its <head>, before any other script.`);
    for (const s of scripts.filter((x) => external(x.src) && x.src !== OFFICE_JS))
      problems.push(`${page} loads ${s.src} from another origin.`);
  }
  for (const page of OFFICE_PAGES.filter((p) => !(p in pages))) problems.push(`${page} is missing: Outlook opens it.`);
  return problems;
}
