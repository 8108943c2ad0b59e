import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../vite.config';
import {
  KEPT_ENTRY_POINTS,
  KEPT_TAB_CONTENT_PAGES,
  bundledSchemaVersions,
  checkKeptEntryPoints,
  checkManifest,
  newestBundledSchemaVersion,
  referencedFiles,
  schemaUrl,
  validateAgainstBundledSchema,
} from '../../scripts/manifest-lib.mjs';
import { CLIENT_ID, filledManifest, mutate, readTemplate, root } from './fixture';

/** The HTML pages vite builds, by file name (from vite.config.ts, the single source of the page list). */
function viteInputPages(): string[] {
  const input = viteConfig.build?.rollupOptions?.input;
  const paths = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
  return paths.map((path) => basename(path));
}

const hostedIcons = resolve(root, 'manifest/icons');
/** What dist/ holds after `npm run package`: the vite pages plus the copied add-in icons. */
const packagedFile = (file: string) =>
  file.startsWith('icons/')
    ? existsSync(resolve(hostedIcons, file.slice('icons/'.length)))
    : viteInputPages().includes(file);
const readPackagedFile = (file: string) =>
  file.startsWith('icons/') ? readFileSync(resolve(hostedIcons, file.slice('icons/'.length))) : undefined;

describe('the manifest template', () => {
  it('uses the newest manifest schema bundled in @microsoft/app-manifest', () => {
    const template = readTemplate() as { manifestVersion: string; $schema: string };
    const newest = newestBundledSchemaVersion();
    expect(bundledSchemaVersions().length).toBeGreaterThan(20);
    expect(template.manifestVersion).toBe(newest);
    expect(template.$schema).toBe(schemaUrl(newest));
  });

  it.each(['https://kept.contoso.com', 'https://contoso.github.io/tools/kept/', 'https://localhost:3000'])(
    'once filled for %s, validates against the bundled JSON schema',
    async (baseUrl) => {
      const { manifest } = filledManifest(baseUrl);
      expect(await validateAgainstBundledSchema(manifest)).toEqual([]);
    },
  );

  it('once filled, passes the checks the schema cannot make', () => {
    const { manifest, values } = filledManifest('https://contoso.github.io/kept');
    const errors = checkManifest(manifest, {
      baseUrl: values.BASE_URL,
      clientId: CLIENT_ID,
      fileExists: packagedFile,
      readFile: readPackagedFile,
    });
    expect(errors).toEqual([]);
  });

  it('declares the Teams tabs, the meeting contexts and the Outlook add-in Kept is built for', () => {
    const { manifest } = filledManifest();
    const m = manifest as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(m.configurableTabs[0].scopes).toEqual(['team', 'groupChat']);
    expect(m.configurableTabs[0].context).toEqual(
      expect.arrayContaining([
        'channelTab',
        'privateChatTab',
        'meetingChatTab',
        'meetingDetailsTab',
        'meetingSidePanel',
      ]),
    );
    expect(m.staticTabs[0]).toMatchObject({ entityId: 'my-commitments', name: 'My commitments', scopes: ['personal'] });
    const extension = m.extensions[0];
    expect(extension.requirements.capabilities).toEqual([{ name: 'Mailbox', minVersion: '1.8' }]);
    expect(extension.ribbons[0].contexts).toEqual(['mailRead', 'meetingDetailsOrganizer', 'meetingDetailsAttendee']);
    expect(extension.runtimes[0].actions[0]).toMatchObject({ type: 'openPage', pinnable: true });
    // Read/write mailbox: tagging the email needs the category in the mailbox's master list.
    // Nothing for Teams meetings: the panel finds its meeting through delegated Graph (Chat.ReadBasic),
    // not through teams-js's Microsoft-internal getMeetingDetails, which the RSC permission was for.
    expect(m.authorization.permissions.resourceSpecific).toEqual([
      { name: 'Mailbox.ReadWrite.User', type: 'Delegated' },
    ]);
    expect(m.validDomains).toEqual(['kept.contoso.com']);
    expect(m.webApplicationInfo).toEqual({ id: CLIENT_ID, resource: `api://kept.contoso.com/${CLIENT_ID}` });
  });

  it("opens Kept's pages with the query each page expects", () => {
    const { manifest, values } = filledManifest('https://kept.contoso.com');
    expect(checkKeptEntryPoints(manifest, values.BASE_URL)).toEqual([]);
    const m = manifest as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(m.extensions[0].runtimes[0].code.page).toBe('https://kept.contoso.com/outlook.html?host=outlook');
    expect(m.configurableTabs[0].configurationUrl).toBe('https://kept.contoso.com/config.html?host=teams');
    expect(m.staticTabs[0].contentUrl).toBe('https://kept.contoso.com/overview.html?host=teams&view=mine');
    expect(KEPT_ENTRY_POINTS.map((entry) => entry.page)).toEqual(['outlook.html', 'config.html', 'overview.html']);
  });
});

describe('the pages the manifest names', () => {
  const { manifest, values } = filledManifest();
  const pages = [
    ...[...referencedFiles(manifest, values.BASE_URL).keys()].filter((file) => file.endsWith('.html')),
    ...KEPT_TAB_CONTENT_PAGES.map((entry) => entry.page),
  ];

  it('are all entry pages of the vite build', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const page of pages) expect(viteInputPages(), `${page} is not a vite input`).toContain(page);
  });

  it('exist in the build (dist/ when built, otherwise the HTML sources vite builds from)', () => {
    const dist = resolve(root, 'dist');
    const built = existsSync(dist) && readdirSync(dist).some((name) => name.endsWith('.html'));
    const folder = built ? dist : root;
    const missing = [...new Set(pages)].filter((page) => !existsSync(resolve(folder, page)));
    expect(missing, `missing in ${built ? 'dist/' : 'the repository root'}`).toEqual([]);
  });
});

describe('schema validation', () => {
  it('reports what breaks the schema, with the place it breaks', async () => {
    const { manifest } = filledManifest();
    const broken = mutate(manifest, (m) => {
      m.extensions[0].ribbons[0].contexts = ['mailReed'];
      m.configurableTabs[0].scopes = ['personal'];
      delete m.developer.privacyUrl;
      m.id = 'not-a-guid';
    });
    const errors = await validateAgainstBundledSchema(broken);
    const text = errors.join('\n');
    expect(text).toContain('/extensions/0/ribbons/0/contexts/0');
    expect(text).toContain('/configurableTabs/0/scopes/0');
    expect(text).toContain('privacyUrl');
    expect(text).toContain('/id');
  });

  it('refuses a version it has no schema for, rather than fetching one', async () => {
    const { manifest } = filledManifest();
    const future = mutate(manifest, (m) => {
      m.manifestVersion = '9.99';
      m.$schema = schemaUrl('9.99');
    });
    expect(await validateAgainstBundledSchema(future)).toEqual([
      'manifestVersion "9.99" has no schema bundled in @microsoft/app-manifest.',
    ]);
  });

  it('requires $schema to match manifestVersion', async () => {
    const { manifest } = filledManifest();
    const mismatched = mutate(manifest, (m) => {
      m.$schema = schemaUrl('1.17');
    });
    expect((await validateAgainstBundledSchema(mismatched))[0]).toContain('$schema must be');
  });
});
