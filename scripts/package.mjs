// `npm run package`: builds Kept for one web host and Entra app registration, and writes the Microsoft 365
// app package (Teams tabs, meeting extension and Outlook add-in in one zip) to dist-package/kept-<version>.zip.
//
// Environment:
//   KEPT_BASE_URL        required  https URL the contents of dist/ are served from, e.g. https://kept.contoso.com
//   KEPT_CLIENT_ID       required  Application (client) ID of the Entra app registration (docs/deploy.md)
//   KEPT_APP_ID          optional  Teams app id (GUID); default: derived from KEPT_CLIENT_ID, stable across runs
//   KEPT_CATALOG_APP_ID  optional  the App ID Teams gives the app in your org catalog (GUID), for "Open in Kept"
//                                  deep links into Teams; without it those links open Kept on the web
//   KEPT_VERSION         optional  app version, MAJOR.MINOR.PATCH; default: package.json's version
//   KEPT_DEVELOPER_NAME  optional  publisher name shown in the store (max 32 characters); default: Kept
//   KEPT_WEBSITE_URL, KEPT_PRIVACY_URL, KEPT_TERMS_URL
//                        optional  https links shown with the app; default: the launcher page of the build
// Flags:
//   --skip-build         package the existing dist/ instead of building (it must have been built for the same
//                        KEPT_CLIENT_ID)
//
// Nothing here talks to the network: the manifest is validated against the JSON schema bundled in
// @microsoft/app-manifest, plus the checks in manifest-lib.mjs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkKeptEntryPoints,
  checkManifest,
  checkPackageIcons,
  fillTemplate,
  KEPT_SIGN_IN_PAGES,
  KEPT_TAB_CONTENT_PAGES,
  packageInputs,
  redirectUrisToRegister,
  referencedFiles,
  validateAgainstBundledSchema,
  zipPackage,
} from './manifest-lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const manifestDir = join(root, 'manifest');
const outDir = join(root, 'dist-package');

function fail(title, problems) {
  console.error(`\n✗ ${title}`);
  for (const problem of problems) console.error(`  - ${problem}`);
  console.error('\nSee docs/deploy.md for the settings and what each check means.');
  process.exit(1);
}

function filesUnder(dir) {
  const out = [];
  const walk = (current) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

const args = new Set(process.argv.slice(2));
if (args.has('--help') || args.has('-h')) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0]);
  process.exit(0);
}
const unknown = [...args].filter((arg) => arg !== '--skip-build');
if (unknown.length > 0) fail('Unknown arguments.', unknown);

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const inputs = packageInputs(process.env, packageJson.version);
if (!inputs.ok) fail('The package settings are not complete.', inputs.errors);
const values = inputs.values;

// 1. Build the pages for this client id (the app reads it at build time through import.meta.env).
if (!args.has('--skip-build')) {
  console.log(`Building for ${values.BASE_URL} (client id ${values.CLIENT_ID})…`);
  const started = Date.now();
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      VITE_KEPT_CLIENT_ID: values.CLIENT_ID,
      // Deep links into Teams need the id the tenant's catalog knows the app by (docs/deploy.md).
      VITE_KEPT_CATALOG_APP_ID: inputs.catalogAppId ?? '',
      // Sign-in returns to exactly this page, the redirect URI registered in Entra ID (docs/deploy.md).
      VITE_KEPT_REDIRECT_URI: redirectUrisToRegister(values.BASE_URL)[0],
    },
  });
  if (build.error) fail('The build could not start.', [build.error.message]);
  if (build.status !== 0)
    fail('The build failed (see its output above).', [`scripts/build.mjs exited with ${build.status}.`]);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} else if (!existsSync(dist)) {
  fail('There is no build to package.', ['dist/ does not exist: run without --skip-build.']);
}

// 2. The ribbon and store icons are fetched by Outlook from the web host, so they ship with the build.
mkdirSync(join(dist, 'icons'), { recursive: true });
for (const name of readdirSync(join(manifestDir, 'icons'))) {
  if (name.endsWith('.png')) copyFileSync(join(manifestDir, 'icons', name), join(dist, 'icons', name));
}

// 3. Fill, validate, check.
const template = JSON.parse(readFileSync(join(manifestDir, 'manifest.template.json'), 'utf8'));
const { manifest, errors: fillErrors } = fillTemplate(template, values);
if (fillErrors.length > 0) fail('The manifest template could not be filled.', fillErrors);

const schemaErrors = await validateAgainstBundledSchema(manifest);
if (schemaErrors.length > 0) {
  fail(`The manifest does not match the Microsoft 365 app manifest schema v${manifest.manifestVersion}.`, schemaErrors);
}

const built = new Set(filesUnder(dist));
const checkErrors = [
  ...checkManifest(manifest, {
    baseUrl: values.BASE_URL,
    clientId: values.CLIENT_ID,
    fileExists: (file) => built.has(file),
    readFile: (file) => (built.has(file) ? readFileSync(join(dist, file)) : undefined),
  }),
  ...checkKeptEntryPoints(manifest, values.BASE_URL),
  ...KEPT_TAB_CONTENT_PAGES.filter(({ page }) => !built.has(page)).map(
    ({ page, shownIn }) => `${page} is not in the build; config.html sets it as the content of the ${shownIn}.`,
  ),
  ...KEPT_SIGN_IN_PAGES.filter(({ page }) => !built.has(page)).map(
    ({ page, role }) => `${page} is not in the build; it is ${role}.`,
  ),
];
const iconFiles = Object.fromEntries(
  Object.values(manifest.icons).map((file) => [
    file,
    existsSync(join(manifestDir, file)) ? readFileSync(join(manifestDir, file)) : undefined,
  ]),
);
checkErrors.push(...checkPackageIcons(manifest, iconFiles));
if (checkErrors.length > 0) fail('The manifest failed the package checks.', checkErrors);

// 4. Zip: manifest.json and the icons at the root, as Teams and Outlook expect.
const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
const zip = zipPackage({ 'manifest.json': manifestBytes, ...iconFiles });
mkdirSync(outDir, { recursive: true });
const zipPath = join(outDir, `kept-${values.VERSION}.zip`);
writeFileSync(zipPath, zip);

console.log(
  `\n✓ ${relative(root, zipPath)} (${zip.length} bytes), manifest v${manifest.manifestVersion}, app id ${values.APP_ID}`,
);
console.log(`  Upload dist/ to ${values.BASE_URL}/ (it must serve these files):`);
const served = new Set([
  ...referencedFiles(manifest, values.BASE_URL).keys(),
  ...KEPT_TAB_CONTENT_PAGES.map(({ page }) => page),
  ...KEPT_SIGN_IN_PAGES.map(({ page }) => page),
]);
for (const file of served) console.log(`    ${values.BASE_URL}/${file}`);
console.log('  Register these redirect URIs, exactly, as "Single-page application" in the Entra app registration:');
for (const uri of redirectUrisToRegister(values.BASE_URL)) console.log(`    ${uri}`);
console.log(
  '  Then upload the zip: Teams admin center, Microsoft 365 admin center (Integrated apps), or Teams "Upload a custom app" (docs/deploy.md).',
);
