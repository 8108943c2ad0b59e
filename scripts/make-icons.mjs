// Draws Kept's icons as PNG files (run `node scripts/make-icons.mjs`; the output is committed):
//   manifest/color.png          192×192  Teams/Microsoft 365 colour icon (inside the app package)
//   manifest/color32x32.png      32×32   colour icon for Outlook and the Microsoft 365 app (inside the package)
//   manifest/outline.png         32×32   white-on-transparent outline icon (inside the package)
//   manifest/icons/icon-N.png    N×N     Outlook ribbon and add-in store icons; these are served from the
//                                        web host, so `npm run package` copies them into dist/icons/.
// The mark is drawn from geometry (a rounded square and a check mark) with supersampled coverage, so
// every size is crisp and the files are byte-for-byte reproducible.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

/** Fluent's default brand colour (#0F6CBD), the colour Kept's UI uses for its primary actions. */
export const BRAND = { r: 0x0f, g: 0x6c, b: 0xbd };
export const ACCENT_COLOR = '#0F6CBD';
const WHITE = { r: 255, g: 255, b: 255 };

/** Sizes Outlook accepts for ribbon icons, plus 128 for the high-resolution store icon. */
export const ADDIN_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];

const SAMPLES = 8;

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && Math.hypot(x - cx, y - cy) <= radius;
}

function onStroke(x, y, points, halfWidth) {
  for (let i = 0; i + 1 < points.length; i += 1) {
    if (distanceToSegment(x, y, points[i], points[i + 1]) <= halfWidth) return true;
  }
  return false;
}

/**
 * Renders the mark at `size` pixels. With a background, a brand-coloured rounded square carries a white
 * check; without one (the outline icon), the check alone is drawn in white on transparent.
 */
export function renderMark(size, { background }) {
  const check = background
    ? [
        [0.27, 0.52],
        [0.43, 0.68],
        [0.74, 0.36],
      ]
    : [
        [0.14, 0.53],
        [0.39, 0.78],
        [0.87, 0.28],
      ];
  // Small icons get a stroke of at least ~1.8 px so the check stays legible on the ribbon.
  const halfWidth = Math.max(background ? 0.05 : 0.065, 0.9 / size);
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let bgHits = 0;
      let fgHits = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (background && insideRoundedSquare(x, y, 0.22)) bgHits += 1;
          if (onStroke(x, y, check, halfWidth)) fgHits += 1;
        }
      }
      const bgCover = bgHits / (SAMPLES * SAMPLES);
      const fgCover = fgHits / (SAMPLES * SAMPLES);
      const alpha = fgCover + bgCover * (1 - fgCover);
      const mix = (channel) =>
        alpha === 0
          ? 255
          : (WHITE[channel] * fgCover + (background ?? WHITE)[channel] * bgCover * (1 - fgCover)) / alpha;
      const at = (py * size + px) * 4;
      png.data[at] = Math.round(mix('r'));
      png.data[at + 1] = Math.round(mix('g'));
      png.data[at + 2] = Math.round(mix('b'));
      png.data[at + 3] = Math.round(alpha * 255);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

/** Every icon file, keyed by its path relative to the repository root. */
export function renderAllIcons() {
  const files = {
    'manifest/color.png': renderMark(192, { background: BRAND }),
    'manifest/color32x32.png': renderMark(32, { background: BRAND }),
    'manifest/outline.png': renderMark(32, { background: undefined }),
  };
  for (const size of ADDIN_ICON_SIZES) {
    files[`manifest/icons/icon-${size}.png`] = renderMark(size, { background: BRAND });
  }
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (const [path, bytes] of Object.entries(renderAllIcons())) {
    const target = resolve(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    console.log(`${path}  ${bytes.length} bytes`);
  }
}
