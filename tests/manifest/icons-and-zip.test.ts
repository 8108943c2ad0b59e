import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ADDIN_ICON_SIZES, renderAllIcons, renderMark } from '../../scripts/make-icons.mjs';
import { checkPackageIcons, checkPng, zipPackage } from '../../scripts/manifest-lib.mjs';
import { filledManifest, root } from './fixture';

const read = (path: string) => readFileSync(resolve(root, path));

describe('the committed icons', () => {
  it('have the sizes Teams requires: colour 192×192, outline 32×32 white on transparent', () => {
    expect(checkPng(read('manifest/color.png'), { width: 192, height: 192 })).toEqual([]);
    expect(checkPng(read('manifest/outline.png'), { width: 32, height: 32, whiteOnTransparent: true })).toEqual([]);
    expect(checkPng(read('manifest/color32x32.png'), { width: 32, height: 32 })).toEqual([]);
  });

  it('include every ribbon and store size at its own pixel size', () => {
    for (const size of ADDIN_ICON_SIZES) {
      expect(checkPng(read(`manifest/icons/icon-${size}.png`), { width: size, height: size }), `icon-${size}`).toEqual(
        [],
      );
    }
  });

  it('pass the package icon check for every icon the manifest names', () => {
    const { manifest } = filledManifest();
    const files = Object.fromEntries(
      Object.values(manifest.icons ?? {}).map((file) => [file, read(`manifest/${file}`)]),
    );
    expect(Object.keys(files)).toEqual(['color.png', 'outline.png', 'color32x32.png']);
    expect(checkPackageIcons(manifest, files)).toEqual([]);
  });

  it('have an opaque colour icon centre and transparent outline corners', () => {
    const color = PNG.sync.read(read('manifest/color.png'));
    const centre = (96 * 192 + 60) * 4;
    expect(color.data[centre + 3]).toBe(255);
    const outline = PNG.sync.read(read('manifest/outline.png'));
    expect(outline.data[3]).toBe(0);
  });

  it('are exactly what scripts/make-icons.mjs draws', () => {
    for (const [path, bytes] of Object.entries(renderAllIcons())) {
      expect(Buffer.compare(Buffer.from(bytes), read(path)), `${path} is stale: run node scripts/make-icons.mjs`).toBe(
        0,
      );
    }
  });
});

describe('the icon checks', () => {
  it('reject an outline icon with colour, an empty one, a wrong size and a file that is not a PNG', () => {
    const coloured = renderMark(32, { background: { r: 15, g: 108, b: 189 } });
    expect(checkPng(coloured, { width: 32, height: 32, whiteOnTransparent: true })[0]).toMatch(
      /pixels that are neither white nor transparent/,
    );
    const empty = PNG.sync.write(new PNG({ width: 32, height: 32 }));
    expect(checkPng(empty, { width: 32, height: 32, whiteOnTransparent: true })).toEqual(['is fully transparent.']);
    expect(checkPng(read('manifest/color.png'), { width: 32, height: 32 })).toEqual(['is 192×192, must be 32×32.']);
    expect(checkPng(new TextEncoder().encode('<svg/>'), { width: 32, height: 32 })[0]).toMatch(/not a readable PNG/);
  });

  it('reject swapped package icons and a missing one', () => {
    const { manifest } = filledManifest();
    const errors = checkPackageIcons(manifest, {
      'color.png': read('manifest/outline.png'),
      'outline.png': read('manifest/color32x32.png'),
    });
    expect(errors).toEqual([
      'icons.color: color.png is 32×32, must be 192×192.',
      expect.stringMatching(/^icons\.outline: outline\.png has \d+ pixels that are neither white nor transparent\.$/),
      'icons.color32x32: color32x32.png is not in the package.',
    ]);
  });
});

describe('the package zip', () => {
  it('holds manifest.json and the icons at its root, byte for byte, and is reproducible', () => {
    const files = {
      'manifest.json': new TextEncoder().encode('{"id":"x"}\n'),
      'color.png': read('manifest/color.png'),
      'outline.png': read('manifest/outline.png'),
    };
    const zip = zipPackage(files);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    for (const [name, bytes] of Object.entries(files))
      expect(Buffer.compare(Buffer.from(unzipped[name]!), bytes)).toBe(0);
    expect(Buffer.compare(Buffer.from(zipPackage(files)), Buffer.from(zip))).toBe(0);
  });
});

describe('npm run package', () => {
  it('stops before building and lists every missing setting', () => {
    const env = { ...process.env, KEPT_BASE_URL: '', KEPT_CLIENT_ID: '' };
    const run = spawnSync(process.execPath, ['scripts/package.mjs'], { cwd: root, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The package settings are not complete.');
    expect(run.stderr).toContain('KEPT_BASE_URL is not set');
    expect(run.stderr).toContain('KEPT_CLIENT_ID is not set');
    expect(run.stdout).not.toContain('Building');
  });

  it('refuses an http base URL', () => {
    const env = {
      ...process.env,
      KEPT_BASE_URL: 'http://kept.contoso.com',
      KEPT_CLIENT_ID: '0b6f0a52-4c1e-4d7b-9a53-2f1c8e0d7a11',
    };
    const run = spawnSync(process.execPath, ['scripts/package.mjs'], { cwd: root, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('KEPT_BASE_URL must use https');
  });
});
