// Office requires Office.js in the <head> of the page an add-in opens, before any other script
// (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn);
// every other page, the standalone demo above all, loads nothing from a CDN. The same check runs on the
// built pages after `npm run build` (scripts/check-bundle.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalScriptProblems, OFFICE_JS, scriptsOf } from '../../scripts/html-scripts.mjs';
import { KEPT_ENTRY_POINTS } from '../../scripts/manifest-lib.mjs';

const root = join(import.meta.dirname, '../..');
const pages = Object.fromEntries(
  readdirSync(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file, readFileSync(join(root, file), 'utf8')]),
);

describe("the pages' scripts", () => {
  it('the page Outlook opens references Office.js first in its <head>; no other page loads a script from a CDN', () => {
    expect(externalScriptProblems(pages)).toEqual([]);
    expect(scriptsOf(pages['outlook.html']!)[0]).toEqual({ src: OFFICE_JS, inHead: true });
    // Outlook's sign-in dialog calls Office.context.ui.messageParent, so it is an Office page too.
    expect(scriptsOf(pages['auth-dialog.html']!)[0]).toEqual({ src: OFFICE_JS, inHead: true });
    const outlookEntry = KEPT_ENTRY_POINTS.find((entry) => entry.where.startsWith('extensions'));
    expect(outlookEntry?.page).toBe('outlook.html');
  });

  it('catches Office.js added to a standalone page, or missing from the Outlook page', () => {
    const withOffice = pages['taskpane.html']!.replace('</head>', `<script src="${OFFICE_JS}"></script></head>`);
    expect(externalScriptProblems({ ...pages, 'taskpane.html': withOffice })).toEqual([
      `taskpane.html loads ${OFFICE_JS} from another origin.`,
    ]);
    const late = pages['outlook.html']!.replace(/<script src="https:[^>]*><\/script>/, '').replace(
      '</body>',
      `<script src="${OFFICE_JS}"></script></body>`,
    );
    expect(externalScriptProblems({ ...pages, 'outlook.html': late })).toEqual([
      `outlook.html must reference ${OFFICE_JS} in its <head>, before any other script.`,
    ]);
  });

  it('the sign-in pages exist and load only this build', () => {
    for (const page of ['auth.html', 'auth-relay.html', 'auth-teams.html']) {
      expect(pages[page], page).toBeDefined();
      expect(scriptsOf(pages[page]!).every((s) => s.src?.startsWith('/src/'))).toBe(true);
    }
  });
});
