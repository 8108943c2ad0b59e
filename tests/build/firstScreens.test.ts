// How `npm run build` groups each page's first screen (scripts/first-screens.mjs). The real build is
// checked after it runs: scripts/check-bundle.mjs counts each surface's initial files and bytes.
import { describe, expect, it } from 'vitest';
import { firstScreenGroup, firstScreenUse, type ChunkFacts } from '../../scripts/first-screens.mjs';

// Two pages, chunked automatically: React in a chunk both load up front, a button only the pane
// loads up front but the overview's dialog imports too, and a lazily composed demo.
const chunks: ChunkFacts[] = [
  { fileName: 'pane.js', page: 'pane', imports: ['react.js', 'button.js'], moduleIds: ['/pane.html', '/src/pane.tsx'] },
  { fileName: 'overview.js', page: 'overview', imports: ['react.js'], moduleIds: ['/overview.html', '/src/ov.tsx'] },
  { fileName: 'react.js', imports: [], moduleIds: ['/nm/react.js', '/nm/scheduler.js'] },
  { fileName: 'button.js', imports: ['react.js'], moduleIds: ['/nm/button.js'] },
  { fileName: 'compose.js', imports: ['react.js', 'demo.js'], moduleIds: ['/src/compose.ts'] },
  { fileName: 'demo.js', imports: [], moduleIds: ['/src/demo.ts'] },
  { fileName: 'dialog.js', imports: ['button.js'], moduleIds: ['/src/dialog.tsx'] },
];

describe('firstScreenUse', () => {
  it('reads which pages load a module up front, and which first renders wait for it', () => {
    const uses = firstScreenUse(chunks, {
      pane: { standalone: ['/src/compose.ts'] },
      overview: { standalone: ['/src/compose.ts', '/src/dialog.tsx'], teams: ['/src/demo.ts'] },
    });
    expect(uses.get('/nm/react.js')).toEqual({ initial: ['overview', 'pane'], next: [] });
    expect(uses.get('/src/pane.tsx')).toEqual({ initial: ['pane'], next: [] });
    // Up front for the pane; the overview waits for it through its dialog.
    expect(uses.get('/nm/button.js')).toEqual({ initial: ['pane'], next: ['overview.standalone'] });
    expect(uses.get('/src/demo.ts')).toEqual({
      initial: [],
      next: ['overview.standalone', 'overview.teams', 'pane.standalone'],
    });
    expect(uses.get('/src/dialog.tsx')).toEqual({ initial: [], next: ['overview.standalone'] });
  });

  it('names a first screen that waits for a module no chunk holds (a renamed file)', () => {
    expect(() => firstScreenUse(chunks, { pane: { standalone: ['/src/gone.ts'] } })).toThrow(
      'pane.standalone waits for /src/gone.ts, which no chunk holds.',
    );
  });
});

describe('firstScreenGroup', () => {
  const use = (initial: string[], next: string[] = []) => ({ initial, next });
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
