// Reads dist/ and build-report/chunks.json (written by the build): each surface's initial
// JavaScript (its entry chunk and everything it imports statically), gzip-compressed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SURFACES = { taskpane: 'taskpane.html', overview: 'overview.html', meeting: 'meeting.html', start: 'index.html' };
export const LAZY_ONLY = ['@azure/msal-browser', '@azure/msal-common', '@microsoft/microsoft-graph-client'];

export function bundleReport(root = process.cwd(), dist = join(root, 'dist')) {
  const chunks = JSON.parse(readFileSync(join(root, 'build-report', 'chunks.json'), 'utf8'));
  const gzipOf = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const result = {};
  for (const [surface, page] of Object.entries(SURFACES)) {
    const entry = Object.keys(chunks).find((file) => chunks[file].entry === page);
    if (entry === undefined) throw new Error(`No entry chunk for ${page} in build-report/chunks.json`);
    const initial = new Set();
    const visit = (file) => {
      if (initial.has(file)) return;
      initial.add(file);
      for (const next of chunks[file]?.imports ?? []) visit(next);
    };
    visit(entry);
    const files = [...initial];
    const packages = new Set(files.flatMap((file) => chunks[file]?.packages ?? []));
    result[surface] = {
      files,
      gzipBytes: files.reduce((sum, file) => sum + gzipOf(file), 0),
      lazyPackagesInInitial: LAZY_ONLY.filter((p) => packages.has(p)),
    };
  }
  const lazyChunks = Object.entries(chunks).filter(([, c]) => c.packages.some((p) => LAZY_ONLY.includes(p)));
  return { surfaces: result, lazyChunks: lazyChunks.map(([file]) => file) };
}
