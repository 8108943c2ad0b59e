// The logic behind `npm run package`, kept free of process state so tests can drive it: fill the manifest
// template, validate it offline against the JSON schema bundled in @microsoft/app-manifest, check what
// that schema cannot (action ids, https, one host, pages and icons that exist), and zip the package.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { zipSync } from 'fflate';
import { PNG } from 'pngjs';

const require = createRequire(import.meta.url);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const PLACEHOLDER = /\{\{([A-Z0-9_]+)\}\}/g;

/** Placeholders the template may use; `fillTemplate` refuses any other and any left unfilled. */
export const PLACEHOLDERS = [
  'BASE_URL',
  'HOST_NAME',
  'CLIENT_ID',
  'APP_ID',
  'VERSION',
  'DEVELOPER_NAME',
  'WEBSITE_URL',
  'PRIVACY_URL',
  'TERMS_URL',
];

/**
 * The entry points Kept's pages expect (see vite.config.ts and the app's host detection): which page each
 * manifest element opens and the query it must carry. Checked so the manifest and the routing never drift.
 */
export const KEPT_ENTRY_POINTS = [
  { where: 'extensions[0].runtimes[0].code.page', page: 'outlook.html', query: { host: 'outlook' } },
  { where: 'configurableTabs[0].configurationUrl', page: 'config.html', query: { host: 'teams' } },
  { where: 'staticTabs[0].contentUrl', page: 'overview.html', query: { host: 'teams', view: 'mine' } },
];

/**
 * Pages no manifest field names: config.html sets them as the configurable tab's contentUrl at run time
 * (pages.config.setConfig), so the package checks that the build has them too.
 */
export const KEPT_TAB_CONTENT_PAGES = [
  { page: 'overview.html', query: { host: 'teams' }, shownIn: 'channel and group chat tabs' },
  {
    page: 'meeting.html',
    query: { host: 'teams' },
    shownIn: 'meeting side panel, meeting details tab and meeting chat tab',
  },
];

/**
 * The sign-in pages no manifest field names: auth.html is the redirect URI registered in Entra ID (MSAL's
 * redirect bridge); auth-dialog.html is Outlook's sign-in dialog and auth-teams.html Teams' sign-in window
 * where the host has no nested app authentication (both return through auth.html, so neither is a
 * redirect URI of its own); auth-relay.html the popup relay MSAL opens from a web page in a frame of
 * another site. The build must have all of them on <host> (the manifest's one valid domain), and the
 * build's VITE_KEPT_REDIRECT_URI must be exactly the registered URI.
 */
export const KEPT_SIGN_IN_PAGES = [
  { page: 'auth.html', role: 'the sign-in redirect URI (MSAL redirect bridge)' },
  { page: 'auth-dialog.html', role: "Outlook's sign-in dialog where Outlook has no nested app authentication" },
  { page: 'auth-teams.html', role: "Teams' sign-in window where Teams has no nested app authentication" },
  { page: 'auth-relay.html', role: 'the popup relay for sign-in from a Kept web page framed by another site' },
];

/**
 * The redirect URIs to register in Entra ID as "Single-page application", exactly: the redirect page,
 * and the nested app authentication broker URI (origin only).
 */
export function redirectUrisToRegister(baseUrl) {
  const base = parseBaseUrl(baseUrl);
  if (!base.ok) throw new Error(base.error);
  return [`${base.baseUrl}/auth.html`, `brk-multihub://${base.host}`];
}

/** Outline icon, colour icons, and the store icons Outlook measures (documented sizes, not the `size` field). */
export const PACKAGE_ICON_SIZES = { color: 192, outline: 32, color32x32: 32 };
const ALTERNATE_ICON_SIZES = { icon: 64, highResolutionIcon: 128 };
/** Outlook add-in permission levels above "restricted" (unified manifest names). */
const MAILBOX_ACCESS = ['MailboxItem.Read.User', 'MailboxItem.ReadWrite.User', 'Mailbox.ReadWrite.User'];

// ---------------------------------------------------------------------------------------------------------
// Inputs

/**
 * Parses the base URL the static build is served from. It must be https, carry no query or fragment, and
 * may have a path (e.g. https://contoso.github.io/kept). Returns the URL without a trailing slash.
 */
export function parseBaseUrl(raw) {
  if (!raw || !raw.trim()) return { ok: false, error: 'KEPT_BASE_URL is not set (e.g. https://kept.contoso.com).' };
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, error: `KEPT_BASE_URL is not a URL: ${JSON.stringify(raw)}.` };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, error: `KEPT_BASE_URL must use https (Teams and Outlook load only https pages): ${raw}.` };
  }
  if (url.search || url.hash || raw.includes('#') || raw.includes('?')) {
    return { ok: false, error: `KEPT_BASE_URL must not have a query or fragment: ${raw}.` };
  }
  if (url.username || url.password) return { ok: false, error: 'KEPT_BASE_URL must not contain credentials.' };
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, baseUrl: `${url.origin}${path}`, host: url.host, origin: url.origin, basePath: `${path}/` };
}

export function isGuid(value) {
  return typeof value === 'string' && GUID.test(value);
}

export function isSemver(value) {
  return typeof value === 'string' && SEMVER.test(value);
}

/**
 * A stable Teams app id derived from the Entra client id (a name-based UUID, version 5), so repeated
 * packages for the same registration update the same app instead of adding a second one.
 */
export function deriveAppId(clientId) {
  const namespace = Buffer.from('6f1c2a4e5b7d4c3a9e8f0a1b2c3d4e5f', 'hex');
  const hash = createHash('sha1').update(namespace).update(`kept-teams-app:${clientId.toLowerCase()}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Everything the template needs, from the environment (`env` is a plain object, e.g. process.env) and the
 * package version. Returns the values or the list of problems, each worded for the person running it.
 */
export function packageInputs(env, packageVersion) {
  const errors = [];
  const base = parseBaseUrl(env.KEPT_BASE_URL);
  if (!base.ok) errors.push(base.error);
  const clientId = (env.KEPT_CLIENT_ID ?? '').trim();
  if (!clientId) errors.push('KEPT_CLIENT_ID is not set: the Application (client) ID of your Entra app registration.');
  else if (!isGuid(clientId)) errors.push(`KEPT_CLIENT_ID must be a GUID: ${JSON.stringify(clientId)}.`);
  const explicitAppId = (env.KEPT_APP_ID ?? '').trim();
  if (explicitAppId && !isGuid(explicitAppId))
    errors.push(`KEPT_APP_ID must be a GUID: ${JSON.stringify(explicitAppId)}.`);
  // Teams deep links name an app published to the org catalog by its org catalog ID, not the manifest id
  // (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application).
  const catalogAppId = (env.KEPT_CATALOG_APP_ID ?? '').trim();
  if (catalogAppId && !isGuid(catalogAppId))
    errors.push(
      `KEPT_CATALOG_APP_ID must be a GUID (the App ID your Teams admin center shows): ${JSON.stringify(catalogAppId)}.`,
    );
  const version = (env.KEPT_VERSION ?? '').trim() || packageVersion;
  if (!isSemver(version)) errors.push(`The version must be MAJOR.MINOR.PATCH: ${JSON.stringify(version)}.`);
  const developerName = (env.KEPT_DEVELOPER_NAME ?? '').trim() || 'Kept';
  if (developerName.length > 32) errors.push('KEPT_DEVELOPER_NAME must be at most 32 characters.');
  if (errors.length > 0 || !base.ok) return { ok: false, errors };
  const home = `${base.baseUrl}/index.html`;
  return {
    ok: true,
    values: {
      BASE_URL: base.baseUrl,
      HOST_NAME: base.host,
      CLIENT_ID: clientId.toLowerCase(),
      APP_ID: (explicitAppId || deriveAppId(clientId)).toLowerCase(),
      VERSION: version,
      DEVELOPER_NAME: developerName,
      WEBSITE_URL: (env.KEPT_WEBSITE_URL ?? '').trim() || home,
      PRIVACY_URL: (env.KEPT_PRIVACY_URL ?? '').trim() || home,
      TERMS_URL: (env.KEPT_TERMS_URL ?? '').trim() || home,
    },
    ...(catalogAppId ? { catalogAppId: catalogAppId.toLowerCase() } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Fill

/**
 * Replaces {{NAME}} in every string of the parsed template. Values go in as data, never as JSON text,
 * so a quote or backslash in a value cannot change the manifest's structure.
 */
export function fillTemplate(template, values) {
  const errors = [];
  const fill = (node, path) => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (whole, name) => {
        if (!PLACEHOLDERS.includes(name)) {
          errors.push(`${path}: unknown placeholder ${whole}.`);
          return whole;
        }
        const value = values[name];
        if (typeof value !== 'string' || value === '') {
          errors.push(`${path}: no value for ${whole}.`);
          return whole;
        }
        return value;
      });
    }
    if (Array.isArray(node)) return node.map((item, i) => fill(item, `${path}[${i}]`));
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([key, item]) => [key, fill(item, path ? `${path}.${key}` : key)]),
      );
    }
    return node;
  };
  const manifest = fill(template, '');
  return { manifest, errors };
}

// ---------------------------------------------------------------------------------------------------------
// Schema

function schemaRoot() {
  return join(dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');
}

/** Manifest versions whose schema @microsoft/app-manifest bundles, oldest first (e.g. ['1.0', …, '1.30']). */
export function bundledSchemaVersions() {
  return readdirSync(schemaRoot())
    .map((name) => /^v(\d+)\.(\d+)$/.exec(name))
    .filter((match) => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]))
    .map((match) => `${match[1]}.${match[2]}`);
}

export function newestBundledSchemaVersion() {
  const versions = bundledSchemaVersions();
  return versions[versions.length - 1];
}

export function schemaUrl(version) {
  return `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
}

/** Reads the bundled schema for `version`; the same clean-up the package applies to schemas it loads. */
export function loadBundledSchema(version) {
  const file = join(schemaRoot(), `v${version}`, 'MicrosoftTeams.schema.json');
  const raw = readFileSync(file, 'utf8');
  return JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

/**
 * Validates against the schema of the manifest's own version, read from disk: no network, ever.
 * Returns a list of errors (empty when valid).
 */
export async function validateAgainstBundledSchema(manifest) {
  const version = manifest?.manifestVersion;
  if (!bundledSchemaVersions().includes(version)) {
    return [`manifestVersion ${JSON.stringify(version)} has no schema bundled in @microsoft/app-manifest.`];
  }
  const errors = [];
  if (manifest.$schema !== schemaUrl(version)) {
    errors.push(`$schema must be ${schemaUrl(version)} for manifestVersion ${version}.`);
  }
  const schemaErrors = await AppManifestUtils.validateAgainstSchema(manifest, loadBundledSchema(version));
  return [...errors, ...schemaErrors.map((error) => `schema: ${error.trim()}`)];
}

// ---------------------------------------------------------------------------------------------------------
// Checks the schema cannot make

/** Every string in the manifest with its JSON path. */
function* strings(node, path = '') {
  if (typeof node === 'string') yield [path, node];
  else if (Array.isArray(node)) for (const [i, item] of node.entries()) yield* strings(item, `${path}[${i}]`);
  else if (node && typeof node === 'object') {
    for (const [key, item] of Object.entries(node)) yield* strings(item, path ? `${path}.${key}` : key);
  }
}

/** Ribbon controls and menu items that can carry an actionId, with their paths. */
function* ribbonControls(extension, e) {
  for (const [r, ribbon] of (extension.ribbons ?? []).entries()) {
    const base = `extensions[${e}].ribbons[${r}]`;
    for (const [f, control] of (ribbon.fixedControls ?? []).entries()) yield [`${base}.fixedControls[${f}]`, control];
    for (const [t, tab] of (ribbon.tabs ?? []).entries()) {
      for (const [g, group] of (tab.groups ?? []).entries()) {
        for (const [c, control] of (group.controls ?? []).entries()) {
          const path = `${base}.tabs[${t}].groups[${g}].controls[${c}]`;
          yield [path, control];
          for (const [i, item] of (control.items ?? []).entries()) yield [`${path}.items[${i}]`, item];
        }
      }
      for (const [g, group] of (tab.customMobileRibbonGroups ?? []).entries()) {
        for (const [c, control] of (group.controls ?? []).entries()) {
          yield [`${base}.tabs[${t}].customMobileRibbonGroups[${g}].controls[${c}]`, control];
        }
      }
    }
  }
  for (const [a, event] of (extension.autoRunEvents ?? []).entries()) {
    for (const [v, item] of (event.events ?? []).entries())
      yield [`extensions[${e}].autoRunEvents[${a}].events[${v}]`, item];
  }
}

function checkExtensions(manifest) {
  const errors = [];
  // teams-js TeamInfo.groupId: "available only when the identity permission is requested in the manifest";
  // without it a channel tab cannot tell which team's list to open.
  if ((manifest.configurableTabs ?? []).length > 0 && !(manifest.permissions ?? []).includes('identity')) {
    errors.push(
      'permissions: does not ask for "identity", so Teams gives the channel tab no team group id ' +
        "(teams-js TeamInfo.groupId) and Kept cannot find the team's list.",
    );
  }
  const granted = (manifest.authorization?.permissions?.resourceSpecific ?? []).map((permission) => permission.name);
  if ((manifest.extensions ?? []).length > 0 && !granted.some((name) => MAILBOX_ACCESS.includes(name))) {
    errors.push(
      `authorization.permissions.resourceSpecific: declares none of ${MAILBOX_ACCESS.join(', ')}, so Outlook runs the ` +
        'add-in with restricted permission and the item (subject, sender, dates) reads as null.',
    );
  }
  for (const [e, extension] of (manifest.extensions ?? []).entries()) {
    const actions = new Map();
    for (const [r, runtime] of (extension.runtimes ?? []).entries()) {
      for (const [a, action] of (runtime.actions ?? []).entries()) {
        const path = `extensions[${e}].runtimes[${r}].actions[${a}]`;
        if (actions.has(action.id)) errors.push(`${path}: action id "${action.id}" is declared twice.`);
        actions.set(action.id, path);
      }
    }
    const usedIds = new Map();
    for (const [path, control] of ribbonControls(extension, e)) {
      if (control.id !== undefined) {
        if (usedIds.has(control.id))
          errors.push(`${path}: control id "${control.id}" is also used at ${usedIds.get(control.id)}.`);
        usedIds.set(control.id, path);
      }
      const needsAction = control.type === 'button' || control.type === 'mobileButton' || path.includes('.items[');
      if (control.actionId === undefined) {
        if (needsAction) errors.push(`${path}: the control has no actionId, so clicking it would do nothing.`);
      } else if (!actions.has(control.actionId)) {
        errors.push(`${path}: actionId "${control.actionId}" names no action in extensions[${e}].runtimes[].actions.`);
      }
    }
    for (const [r, ribbon] of (extension.ribbons ?? []).entries()) {
      for (const [t, tab] of (ribbon.tabs ?? []).entries()) {
        for (const [g, group] of (tab.groups ?? []).entries()) {
          const path = `extensions[${e}].ribbons[${r}].tabs[${t}].groups[${g}]`;
          if (group.id === undefined) continue;
          if (usedIds.has(group.id))
            errors.push(`${path}: group id "${group.id}" is also used at ${usedIds.get(group.id)}.`);
          usedIds.set(group.id, path);
        }
      }
    }
    const requirementBlocks = [
      [`extensions[${e}].requirements`, extension.requirements],
      ...(extension.runtimes ?? []).map((runtime, r) => [
        `extensions[${e}].runtimes[${r}].requirements`,
        runtime.requirements,
      ]),
      ...(extension.ribbons ?? []).map((ribbon, r) => [
        `extensions[${e}].ribbons[${r}].requirements`,
        ribbon.requirements,
      ]),
    ];
    for (const [path, requirements] of requirementBlocks) {
      for (const capability of requirements?.capabilities ?? []) {
        if (capability.name === 'NestedAppAuth') {
          errors.push(
            `${path}: NestedAppAuth cannot be declared in an Outlook add-in's manifest (Microsoft's NAA requirement-set docs); ` +
              "check it at run time with Office.context.requirements.isSetSupported('NestedAppAuth', '1.1') and fall back to a popup.",
          );
        }
      }
    }
  }
  return errors;
}

/** The path of a URL relative to the base URL, or undefined when it lies elsewhere. */
function relativeToBase(url, base) {
  if (url.host !== base.host || !url.pathname.startsWith(base.basePath)) return undefined;
  return decodeURIComponent(url.pathname.slice(base.basePath.length));
}

/**
 * Pages and files the manifest points at on the app's own host, relative to the base URL
 * (e.g. 'taskpane.html', 'icons/icon-16.png'), each with the manifest paths that name it.
 */
export function referencedFiles(manifest, baseUrl) {
  const base = parseBaseUrl(baseUrl);
  if (!base.ok) throw new Error(base.error);
  const files = new Map();
  for (const [path, value] of strings(manifest)) {
    if (!/^https:\/\//i.test(value)) continue;
    let url;
    try {
      url = new URL(value);
    } catch {
      continue;
    }
    const relative = relativeToBase(url, base);
    if (relative === undefined) continue;
    const name = relative === '' ? 'index.html' : relative;
    files.set(name, [...(files.get(name) ?? []), path]);
  }
  return files;
}

/**
 * What the schema does not check. `options.baseUrl` (required) is where the build is served; with
 * `options.fileExists(relativePath)` every page and icon the manifest names must exist in the build, and
 * with `options.readFile(relativePath)` each ribbon icon must have the pixel size it declares.
 */
export function checkManifest(manifest, options) {
  const base = parseBaseUrl(options.baseUrl);
  if (!base.ok) return [base.error];
  const errors = [];

  for (const [path, value] of strings(manifest)) {
    if (/\{\{[A-Z0-9_]+\}\}/.test(value)) errors.push(`${path}: placeholder left unfilled: ${value}.`);
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) continue;
    if (path === '$schema') continue;
    if (path === 'webApplicationInfo.resource') continue;
    let url;
    try {
      url = new URL(value);
    } catch {
      errors.push(`${path}: not a valid URL: ${value}.`);
      continue;
    }
    if (url.protocol !== 'https:') {
      errors.push(`${path}: must be https, found ${value}.`);
      continue;
    }
    // The developer's links open in a browser and may live on the publisher's site; everything
    // else is loaded by Teams or Outlook and must come from the app's own host.
    if (path.startsWith('developer.')) continue;
    if (relativeToBase(url, base) === undefined) {
      errors.push(`${path}: ${value} is not under the app's base URL ${base.baseUrl}/.`);
    }
  }

  const domains = manifest.validDomains ?? [];
  if (domains.length === 0) errors.push(`validDomains: must list the app's host ${base.host}.`);
  for (const [i, domain] of domains.entries()) {
    if (domain !== base.host) {
      errors.push(
        `validDomains[${i}]: "${domain}" is not the app's own host (${base.host}); list only the host that serves Kept.`,
      );
    }
  }

  const app = manifest.webApplicationInfo;
  if (app) {
    if (options.clientId && app.id?.toLowerCase() !== options.clientId.toLowerCase()) {
      errors.push(`webApplicationInfo.id: "${app.id}" is not the client id ${options.clientId}.`);
    }
    if (app.resource !== undefined && app.resource !== `api://${base.host}/${app.id}`) {
      errors.push(`webApplicationInfo.resource: expected api://${base.host}/${app.id}, found ${app.resource}.`);
    }
  }

  errors.push(...checkExtensions(manifest));

  if (options.fileExists) {
    for (const [file, paths] of referencedFiles(manifest, base.baseUrl)) {
      if (!options.fileExists(file)) {
        errors.push(`${paths.join(', ')}: ${file} is not in the build (run npm run build, or fix the page name).`);
      }
    }
  }
  if (options.readFile) errors.push(...checkHostedIcons(manifest, base, options.readFile));
  return errors;
}

function checkHostedIcons(manifest, base, readFile) {
  const errors = [];
  const measure = (path, value, expected) => {
    let url;
    try {
      url = new URL(value);
    } catch {
      return;
    }
    const relative = relativeToBase(url, base);
    if (relative === undefined) return;
    const bytes = readFile(relative);
    if (!bytes) return; // reported as missing by the existence check
    errors.push(
      ...checkPng(bytes, { width: expected, height: expected }).map((error) => `${path}: ${relative} ${error}`),
    );
  };
  for (const [e, extension] of (manifest.extensions ?? []).entries()) {
    for (const [r, ribbon] of (extension.ribbons ?? []).entries()) {
      for (const [t, tab] of (ribbon.tabs ?? []).entries()) {
        for (const [g, group] of (tab.groups ?? []).entries()) {
          const path = `extensions[${e}].ribbons[${r}].tabs[${t}].groups[${g}]`;
          for (const [i, icon] of (group.icons ?? []).entries()) measure(`${path}.icons[${i}]`, icon.url, icon.size);
          for (const [c, control] of (group.controls ?? []).entries()) {
            for (const [i, icon] of (control.icons ?? []).entries()) {
              measure(`${path}.controls[${c}].icons[${i}]`, icon.url, icon.size);
            }
          }
        }
      }
    }
    for (const [a, alternate] of (extension.alternates ?? []).entries()) {
      for (const [key, size] of Object.entries(ALTERNATE_ICON_SIZES)) {
        const icon = alternate.alternateIcons?.[key];
        // Outlook ignores `size` here and measures the file: 64 and 128 pixels for mail add-ins.
        if (icon) measure(`extensions[${e}].alternates[${a}].alternateIcons.${key}`, icon.url, size);
      }
    }
  }
  return errors;
}

/** Where each of Kept's entry points is in the manifest, as page name and query, or a problem. */
export function checkKeptEntryPoints(manifest, baseUrl) {
  const base = parseBaseUrl(baseUrl);
  if (!base.ok) return [base.error];
  const errors = [];
  const at = (path) =>
    path
      .split(/\.|(?=\[)/)
      .reduce(
        (node, key) => (node === undefined ? undefined : node[key.startsWith('[') ? Number(key.slice(1, -1)) : key]),
        manifest,
      );
  for (const entry of KEPT_ENTRY_POINTS) {
    const value = at(entry.where);
    if (typeof value !== 'string') {
      errors.push(`${entry.where}: missing; Kept expects ${entry.page} here.`);
      continue;
    }
    const url = new URL(value);
    const page = relativeToBase(url, base);
    if (page !== entry.page) errors.push(`${entry.where}: opens ${page ?? value}, Kept expects ${entry.page}.`);
    const query = Object.fromEntries(url.searchParams);
    if (JSON.stringify(query) !== JSON.stringify(entry.query)) {
      errors.push(
        `${entry.where}: query ${url.search || '(none)'}, Kept expects ?${new URLSearchParams(entry.query)}.`,
      );
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------------------
// Icons

/**
 * Checks a PNG's size and, with `whiteOnTransparent`, that every pixel is white or fully transparent
 * (Teams' rule for the outline icon) and that something is drawn at all.
 */
export function checkPng(bytes, { width, height, whiteOnTransparent = false }) {
  let png;
  try {
    png = PNG.sync.read(Buffer.from(bytes));
  } catch (error) {
    return [`is not a readable PNG (${error instanceof Error ? error.message : String(error)}).`];
  }
  const errors = [];
  if (png.width !== width || png.height !== height) {
    errors.push(`is ${png.width}×${png.height}, must be ${width}×${height}.`);
  }
  if (whiteOnTransparent) {
    let coloured = 0;
    let drawn = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
      if (a === 0) continue;
      drawn += 1;
      if (r !== 255 || g !== 255 || b !== 255) coloured += 1;
    }
    if (coloured > 0) errors.push(`has ${coloured} pixels that are neither white nor transparent.`);
    if (drawn === 0) errors.push('is fully transparent.');
  }
  return errors;
}

/** The icons inside the package: `icons` maps the manifest's icons keys to PNG bytes. */
export function checkPackageIcons(manifest, icons) {
  const errors = [];
  for (const [key, file] of Object.entries(manifest.icons ?? {})) {
    const size = PACKAGE_ICON_SIZES[key];
    const bytes = icons[file];
    if (!bytes) {
      errors.push(`icons.${key}: ${file} is not in the package.`);
      continue;
    }
    if (size === undefined) continue;
    const rules = { width: size, height: size, whiteOnTransparent: key === 'outline' };
    errors.push(...checkPng(bytes, rules).map((error) => `icons.${key}: ${file} ${error}`));
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------------------
// Zip

/**
 * The app package: the files at the root of the zip, with a fixed timestamp so the same inputs always
 * give the same bytes.
 */
export function zipPackage(files) {
  const mtime = new Date(Date.UTC(2024, 0, 1));
  const entries = Object.fromEntries(
    Object.entries(files).map(([name, bytes]) => [
      name,
      [bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), { mtime }],
    ]),
  );
  return zipSync(entries, { level: 9 });
}
