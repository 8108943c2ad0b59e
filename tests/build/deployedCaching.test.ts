// The preview server (what the browser tests and the benchmarks load Kept from) caches as
// docs/deploy.md tells a host to: hashed assets for a year without asking again, pages re-asked.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, deployedCaching } from '../../scripts/deployed-caching.mjs';

let dir: string;
let server: PreviewServer;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kept-caching-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(dir, 'assets', 'page-Abc123.js'), 'export {};');
  server = await preview({
    root: dir,
    configFile: false,
    logLevel: 'error',
    plugins: [deployedCaching()],
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await new Promise<void>((done) => server.httpServer.close(() => done()));
  await rm(dir, { recursive: true, force: true });
});

describe('the preview server caches as docs/deploy.md asks', () => {
  it('lets a hashed asset be cached for a year, immutable', async () => {
    const response = await fetch(`${base}/assets/page-Abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('has pages asked again every time, so a release is picked up', async () => {
    const response = await fetch(`${base}/index.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('keeps the header on a revalidated answer (304)', async () => {
    const first = await fetch(`${base}/assets/page-Abc123.js`);
    const etag = first.headers.get('etag');
    expect(etag).not.toBeNull();
    const again = await fetch(`${base}/assets/page-Abc123.js`, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('says what the deployment guide says', async () => {
    const guide = await readFile(join(import.meta.dirname, '../../docs/deploy.md'), 'utf8');
    expect(guide).toContain(`\`Cache-Control: ${cacheControlFor('/assets/x-1.js')}\``);
    expect(guide).toContain(`\`Cache-Control: ${cacheControlFor('/overview.html')}\``);
    expect(cacheControlFor('/sub/assets/x-1.js')).toBe(cacheControlFor('/assets/x-1.js'));
    expect(cacheControlFor('/assets/nested/x.js')).toBe(cacheControlFor('/overview.html'));
  });
});
