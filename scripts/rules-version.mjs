// A fingerprint of the code that decides what the overview's kept first screen holds (statuses,
// lanes, order, normalised data, default settings): a release that changes any of it makes the
// screens kept by the one before unusable (src/surfaces/team-overview/firstScreen.ts). Set as
// VITE_KEPT_RULES by vite.config.ts and vitest.config.ts; content only, so a build is reproducible.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const SOURCES = [
  'src/domain',
  'src/store/normalize.ts',
  'src/store/defaultSettings.ts',
  'src/surfaces/team-overview/overviewModel.ts',
  'src/surfaces/team-overview/collationKey.ts',
  'src/surfaces/team-overview/firstScreen.ts',
];
const isRuleFile = (path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path) && !/[\\/]i18n[\\/]/.test(path);

function files(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

export function rulesVersion() {
  const hash = createHash('sha256');
  const paths = SOURCES.flatMap((source) => files(join(root, source)))
    .filter(isRuleFile)
    .map((path) => relative(root, path).split('\\').join('/'))
    .sort();
  for (const path of paths) hash.update(`${path}\n`).update(readFileSync(join(root, path)));
  return hash.digest('hex').slice(0, 12);
}
