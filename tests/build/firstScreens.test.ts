// How `npm run build` groups each page's first screen (scripts/first-screens.mjs). The real build is
// checked after it runs: scripts/check-bundle.mjs counts each surface's initial files and bytes.
import { describe, expect, it } from 'vitest';
import { firstScreenGroup, firstScreenUse, type ChunkFacts } from '../../scripts/first-screens.mjs';

// Two pages, chunked automatically. React: both load it up front. A button: the pane loads it up
// front, the overview's dialog imports it too. The demo's composition opens both pages in a
// browser; Teams' host opens the overview in Teams; a dialog comes later, and shares a form with
// the demo's frame. compose.ts (in both entries) may import the demo and Teams alike.
const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], dynamicImports: string[] = []) => ({
  fileName,
  imports,
  dynamicImports,
  moduleIds,
});
const chunks: ChunkFacts[] = [
  { ...chunk('pane.js', ['/pane.html', '/src/pane.tsx'], ['react.js', 'button.js'], ['demo.js']), page: 'pane' },
  {
    ...chunk('overview.js', ['/overview.html', '/src/ov.tsx'], ['react.js'], ['demo.js', 'teams.js', 'dialog.js']),
    page: 'overview',
  },
  chunk('react.js', ['/nm/react.js', '/nm/scheduler.js']),
  chunk('button.js', ['/nm/button.js'], ['react.js']),
  chunk('demo.js', ['/src/composeStandalone.ts', '/src/demoData.ts'], ['react.js', 'form.js']),
  chunk('teams.js', ['/src/hosts/teams.ts'], ['react.js']),
  chunk('form.js', ['/nm/form.js'], ['react.js']),
  chunk('dialog.js', ['/src/dialog.tsx'], ['button.js', 'form.js']),
];
const firstScreens = {
  pane: { standalone: ['/src/composeStandalone.ts'] },
  overview: { standalone: ['/src/composeStandalone.ts'], teams: ['/src/hosts/teams.ts'] },
};
const openings = ['/src/composeStandalone.ts', '/src/hosts/teams.ts'];

describe('firstScreenUse', () => {
  const uses = firstScreenUse(chunks, firstScreens, openings);

  it('reads which pages load a module up front, and which first screens wait for it', () => {
    expect(uses.get('/nm/react.js')).toMatchObject({ initial: ['overview', 'pane'], next: [] });
    expect(uses.get('/src/pane.tsx')).toMatchObject({ initial: ['pane'], next: [] });
    expect(uses.get('/src/demoData.ts')).toMatchObject({
      initial: [],
      next: ['overview.standalone', 'pane.standalone'],
    });
    expect(uses.get('/src/hosts/teams.ts')).toMatchObject({ initial: [], next: ['overview.teams'] });
  });

  it('reads where something loaded later needs a module, never counting another way of opening the page', () => {
    // The dialog, in either way the overview opens; it needs the button the pane loads up front.
    expect(uses.get('/src/dialog.tsx')?.later).toEqual(['overview.standalone', 'overview.teams']);
    expect(uses.get('/nm/button.js')).toEqual({
      initial: ['pane'],
      next: [],
      later: ['overview.standalone', 'overview.teams'],
    });
    // The form: in the demo's first screen, and in the dialog in Teams.
    expect(uses.get('/nm/form.js')?.later).toEqual(['overview.teams']);
    // compose.ts may import the demo in Teams, but a page opened in Teams never does.
    expect(uses.get('/src/demoData.ts')?.later).toEqual([]);
  });

  it('names a first screen that waits for a module no chunk holds (a renamed file)', () => {
    expect(() => firstScreenUse(chunks, { pane: { standalone: ['/src/gone.ts'] } }, [])).toThrow(
      'pane.standalone waits for /src/gone.ts, which no chunk holds.',
    );
  });
});

describe('firstScreenGroup', () => {
  const use = (initial: string[], next: string[] = [], later: string[] = []) => ({ initial, next, later });
  const pages = ['outlook', 'taskpane'];

  it('groups by who loads a module when, among the pages built together', () => {
    expect(firstScreenGroup('/nm/react.js', use(['outlook', 'overview', 'taskpane']), ['/a.ts'], pages)).toBe('first');
    expect(firstScreenGroup('/src/pane.tsx', use(['taskpane']), ['/src/b.ts'], pages)).toBe('first-taskpane');
    expect(firstScreenGroup('/src/demo.ts', use([], ['overview.standalone', 'taskpane.standalone']), [], pages)).toBe(
      'next-taskpane.standalone',
    );
    expect(firstScreenGroup('/nm/button.js', use(['outlook'], ['taskpane.standalone']), [], pages)).toBe(
      'first-outlook-next-taskpane.standalone',
    );
  });

  it('keeps apart what a first screen shares with something loaded later in another screen', () => {
    // A form the demo's frame shows first and a dialog in Outlook needs later: not with the demo.
    expect(firstScreenGroup('/nm/form.js', use([], ['taskpane.standalone'], ['outlook.outlook']), [], pages)).toBe(
      'next-taskpane.standalone-later-outlook.outlook',
    );
    // Needed later in a screen that already loaded it, or on a page that loads it up front: no split.
    expect(
      firstScreenGroup('/nm/form.js', use(['outlook'], ['taskpane.standalone'], ['outlook.outlook']), [], pages),
    ).toBe('first-outlook-next-taskpane.standalone');
    expect(
      firstScreenGroup(
        '/nm/form.js',
        use([], ['taskpane.standalone'], ['taskpane.standalone', 'meeting.teams']),
        [],
        pages,
      ),
    ).toBe('next-taskpane.standalone');
  });

  it('leaves to automatic chunking what no first screen of these pages loads, the pages, and their scripts', () => {
    expect(firstScreenGroup('/src/dialog.tsx', undefined, [], pages)).toBeNull();
    expect(firstScreenGroup('/src/ov.tsx', use(['overview'], ['meeting.teams']), [], pages)).toBeNull();
    expect(firstScreenGroup('/work/taskpane.html', use(['taskpane']), [], pages)).toBeNull();
    expect(firstScreenGroup('/src/entries/taskpane.tsx', use(['taskpane']), ['/work/taskpane.html'], pages)).toBeNull();
    // A module every page's HTML names, or a style sheet, joins its group.
    expect(firstScreenGroup('\0vite/modulepreload-polyfill.js', use(pages), ['/work/taskpane.html'], pages)).toBe(
      'first',
    );
    expect(firstScreenGroup('/src/page.css', use(['taskpane']), ['/work/taskpane.html'], pages)).toBe('first-taskpane');
  });
});
