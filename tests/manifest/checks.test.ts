import { describe, expect, it } from 'vitest';
import {
  checkKeptEntryPoints,
  checkManifest,
  deriveAppId,
  fillTemplate,
  isGuid,
  packageInputs,
  parseBaseUrl,
} from '../../scripts/manifest-lib.mjs';
import { CLIENT_ID, filledManifest, inputsFor, mutate, readTemplate } from './fixture';

const BASE = 'https://kept.contoso.com';
const check = (manifest: unknown, extra: Parameters<typeof checkManifest>[1] | object = {}) =>
  checkManifest(manifest, { baseUrl: BASE, clientId: CLIENT_ID, ...extra });

describe('checkManifest rejects what the schema lets through', () => {
  const { manifest } = filledManifest(BASE);

  it('accepts the filled template', () => {
    expect(check(manifest)).toEqual([]);
  });

  it('rejects an http URL', () => {
    const bad = mutate(manifest, (m) => {
      m.staticTabs[0].contentUrl = 'http://kept.contoso.com/overview.html?host=teams&view=mine';
    });
    expect(check(bad)).toEqual([
      'staticTabs[0].contentUrl: must be https, found http://kept.contoso.com/overview.html?host=teams&view=mine.',
    ]);
  });

  it('rejects an http link even in the developer section', () => {
    const bad = mutate(manifest, (m) => {
      m.developer.privacyUrl = 'http://contoso.com/privacy';
    });
    expect(check(bad)).toEqual(['developer.privacyUrl: must be https, found http://contoso.com/privacy.']);
  });

  it('allows developer links on the publisher’s own https site', () => {
    const ok = mutate(manifest, (m) => {
      m.developer.privacyUrl = 'https://www.contoso.com/privacy';
    });
    expect(check(ok)).toEqual([]);
  });

  it('rejects a ribbon button whose actionId names no runtime action', () => {
    const bad = mutate(manifest, (m) => {
      m.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].actionId = 'OpenKeptTaskpane';
    });
    expect(check(bad)).toEqual([
      'extensions[0].ribbons[0].tabs[0].groups[0].controls[0]: actionId "OpenKeptTaskpane" names no action in extensions[0].runtimes[].actions.',
    ]);
  });

  it('rejects a button without an actionId and an action declared twice', () => {
    const bad = mutate(manifest, (m) => {
      delete m.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].actionId;
      m.extensions[0].runtimes[0].actions.push({ id: 'OpenKeptTaskPane', type: 'openPage' });
    });
    const errors = check(bad);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('is declared twice');
    expect(errors[1]).toContain('has no actionId');
  });

  it('rejects a group id reused by a control', () => {
    const bad = mutate(manifest, (m) => {
      m.extensions[0].ribbons[0].tabs[0].groups[0].id = 'KeptOpenButton';
    });
    expect(check(bad)[0]).toContain('group id "KeptOpenButton" is also used at');
  });

  it('rejects a foreign or wildcard valid domain', () => {
    const bad = mutate(manifest, (m) => {
      m.validDomains = ['kept.contoso.com', '*.contoso.com', 'evil.example'];
    });
    expect(check(bad)).toEqual([
      'validDomains[1]: "*.contoso.com" is not the app\'s own host (kept.contoso.com); list only the host that serves Kept.',
      'validDomains[2]: "evil.example" is not the app\'s own host (kept.contoso.com); list only the host that serves Kept.',
    ]);
  });

  it('rejects an empty validDomains', () => {
    const bad = mutate(manifest, (m) => {
      m.validDomains = [];
    });
    expect(check(bad)).toEqual(["validDomains: must list the app's host kept.contoso.com."]);
  });

  it('rejects a page served from another host or outside the base path', () => {
    const bad = mutate(manifest, (m) => {
      m.configurableTabs[0].configurationUrl = 'https://evil.example/config.html?host=teams';
      m.extensions[0].runtimes[0].code.page = 'https://kept.contoso.com.evil.example/outlook.html?host=outlook';
    });
    const errors = check(bad);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain(
      "configurableTabs[0].configurationUrl: https://evil.example/config.html?host=teams is not under the app's base URL",
    );
    expect(errors[1]).toContain('extensions[0].runtimes[0].code.page');

    const { manifest: underPath, values } = filledManifest('https://contoso.github.io/kept');
    const outside = mutate(underPath, (m) => {
      m.staticTabs[0].contentUrl = 'https://contoso.github.io/other/overview.html?host=teams&view=mine';
    });
    expect(checkManifest(outside, { baseUrl: values.BASE_URL })).toEqual([
      "staticTabs[0].contentUrl: https://contoso.github.io/other/overview.html?host=teams&view=mine is not under the app's base URL https://contoso.github.io/kept/.",
    ]);
  });

  it('rejects a page or icon that is not in the build', () => {
    const present = new Set([
      'index.html',
      'taskpane.html',
      'outlook.html',
      'overview.html',
      'meeting.html',
      'config.html',
    ]);
    const errors = check(manifest, { fileExists: (file: string) => present.has(file) });
    expect(errors.length).toBe(9);
    expect(errors[0]).toMatch(/: icons\/icon-16\.png is not in the build/);
    const typo = mutate(manifest, (m) => {
      m.extensions[0].runtimes[0].code.page = `${BASE}/task-pane.html?host=outlook`;
    });
    const typoErrors = check(typo, { fileExists: (file: string) => present.has(file) || file.startsWith('icons/') });
    expect(typoErrors).toEqual([
      'extensions[0].runtimes[0].code.page: task-pane.html is not in the build (run npm run build, or fix the page name).',
    ]);
  });

  it('rejects a ribbon icon whose pixels do not match its declared size', async () => {
    const { renderMark } = await import('../../scripts/make-icons.mjs');
    const wrong = renderMark(20, { background: { r: 0, g: 0, b: 0 } });
    const errors = check(manifest, {
      readFile: (file: string) => {
        const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
        return size === 16 ? wrong : renderMark(size, { background: { r: 0, g: 0, b: 0 } });
      },
    });
    expect(errors).toEqual([
      'extensions[0].ribbons[0].tabs[0].groups[0].icons[0]: icons/icon-16.png is 20×20, must be 16×16.',
      'extensions[0].ribbons[0].tabs[0].groups[0].controls[0].icons[0]: icons/icon-16.png is 20×20, must be 16×16.',
    ]);
  });

  it('rejects NestedAppAuth declared as a manifest requirement', () => {
    const bad = mutate(manifest, (m) => {
      m.extensions[0].requirements.capabilities.push({ name: 'NestedAppAuth', minVersion: '1.1' });
    });
    const errors = check(bad);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('extensions[0].requirements: NestedAppAuth cannot be declared');
  });

  it('rejects an Outlook add-in that asks for no mailbox permission (it would run restricted)', () => {
    const bad = mutate(manifest, (m) => {
      delete m.authorization;
    });
    expect(check(bad)).toEqual([
      expect.stringMatching(/^authorization\.permissions\.resourceSpecific: declares none of .* restricted permission/),
    ]);
  });

  it('rejects a Teams tab without the identity permission (Teams then gives no team group id)', () => {
    const bad = mutate(manifest, (m) => {
      delete m.permissions;
    });
    expect(check(bad)).toEqual([expect.stringMatching(/^permissions: does not ask for "identity"/)]);
  });

  it('rejects a webApplicationInfo for another app registration or resource', () => {
    const bad = mutate(manifest, (m) => {
      m.webApplicationInfo.id = '99999999-9999-4999-8999-999999999999';
    });
    const errors = check(bad);
    expect(errors[0]).toContain('webApplicationInfo.id');
    expect(errors[1]).toContain('webApplicationInfo.resource: expected api://kept.contoso.com/99999999');
  });

  it('rejects a placeholder left in the manifest', () => {
    const bad = mutate(manifest, (m) => {
      m.name.short = 'Kept {{ENV}}';
    });
    expect(check(bad)).toEqual(['name.short: placeholder left unfilled: Kept {{ENV}}.']);
  });
});

describe("Kept's entry points", () => {
  const { manifest } = filledManifest(BASE);

  it('reject a task pane page without host=outlook', () => {
    const bad = mutate(manifest, (m) => {
      m.extensions[0].runtimes[0].code.page = `${BASE}/outlook.html`;
    });
    expect(checkKeptEntryPoints(bad, BASE)).toEqual([
      'extensions[0].runtimes[0].code.page: query (none), Kept expects ?host=outlook.',
    ]);
  });

  it('reject an Outlook task pane on the standalone page, which has no Office.js in its <head>', () => {
    const bad = mutate(manifest, (m) => {
      m.extensions[0].runtimes[0].code.page = `${BASE}/taskpane.html?host=outlook`;
    });
    expect(checkKeptEntryPoints(bad, BASE)).toEqual([
      'extensions[0].runtimes[0].code.page: opens taskpane.html, Kept expects outlook.html.',
    ]);
  });

  it('reject the personal tab pointing at the wrong page', () => {
    const bad = mutate(manifest, (m) => {
      m.staticTabs[0].contentUrl = `${BASE}/meeting.html?host=teams&view=mine`;
    });
    expect(checkKeptEntryPoints(bad, BASE)).toEqual([
      'staticTabs[0].contentUrl: opens meeting.html, Kept expects overview.html.',
    ]);
  });

  it('reject a missing entry point', () => {
    const bad = mutate(manifest, (m) => {
      delete m.staticTabs;
    });
    expect(checkKeptEntryPoints(bad, BASE)).toEqual([
      'staticTabs[0].contentUrl: missing; Kept expects overview.html here.',
    ]);
  });
});

describe('filling the template', () => {
  it('refuses unknown and unfilled placeholders', () => {
    const { errors } = fillTemplate({ a: '{{BASE_URL}}/x', b: ['{{NOPE}}'] }, {});
    expect(errors).toEqual(['a: no value for {{BASE_URL}}.', 'b[0]: unknown placeholder {{NOPE}}.']);
  });

  it('fills values as data, so quotes cannot change the structure', () => {
    const values = inputsFor(BASE, { KEPT_DEVELOPER_NAME: 'Ops "R" Us\\' });
    const { manifest, errors } = fillTemplate(readTemplate(), values);
    expect(errors).toEqual([]);
    expect((manifest as { developer: { name: string } }).developer.name).toBe('Ops "R" Us\\');
  });
});

describe('package settings', () => {
  it('need an https base URL and a client id, each explained', () => {
    const missing = packageInputs({}, '0.1.0');
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.errors).toHaveLength(2);
      expect(missing.errors[0]).toContain('KEPT_BASE_URL is not set');
      expect(missing.errors[1]).toContain('KEPT_CLIENT_ID is not set');
    }
    const wrong = packageInputs(
      { KEPT_BASE_URL: 'http://kept.contoso.com', KEPT_CLIENT_ID: 'abc', KEPT_VERSION: '1.0' },
      '0.1.0',
    );
    expect(wrong.ok ? [] : wrong.errors).toEqual([
      'KEPT_BASE_URL must use https (Teams and Outlook load only https pages): http://kept.contoso.com.',
      'KEPT_CLIENT_ID must be a GUID: "abc".',
      'The version must be MAJOR.MINOR.PATCH: "1.0".',
    ]);
  });

  it('take the org catalog ID for Teams deep links apart from the manifest id, and refuse one that is not a GUID', () => {
    const base = { KEPT_BASE_URL: 'https://kept.contoso.com', KEPT_CLIENT_ID: '0b6f0a52-4c1e-4d7b-9a53-2f1c8e0d7a11' };
    const given = packageInputs({ ...base, KEPT_CATALOG_APP_ID: 'A1B2C3D4-0000-4000-8000-000000000001' }, '0.1.0');
    expect(given.ok && given.catalogAppId).toBe('a1b2c3d4-0000-4000-8000-000000000001');
    expect(given.ok && given.values.APP_ID).not.toBe('a1b2c3d4-0000-4000-8000-000000000001');
    const none = packageInputs(base, '0.1.0');
    expect(none.ok && none.catalogAppId).toBeUndefined();
    const wrong = packageInputs({ ...base, KEPT_CATALOG_APP_ID: 'kept' }, '0.1.0');
    expect(wrong.ok ? [] : wrong.errors).toEqual([
      'KEPT_CATALOG_APP_ID must be a GUID (the App ID your Teams admin center shows): "kept".',
    ]);
  });

  it('normalise the base URL and refuse a query or fragment', () => {
    expect(parseBaseUrl('https://Contoso.GitHub.io/kept/')).toMatchObject({
      ok: true,
      baseUrl: 'https://contoso.github.io/kept',
      host: 'contoso.github.io',
      basePath: '/kept/',
    });
    expect(parseBaseUrl('https://localhost:3000')).toMatchObject({ ok: true, host: 'localhost:3000', basePath: '/' });
    expect(parseBaseUrl('https://kept.contoso.com/?x=1').ok).toBe(false);
    expect(parseBaseUrl('https://kept.contoso.com/#top').ok).toBe(false);
    expect(parseBaseUrl('kept.contoso.com').ok).toBe(false);
  });

  it('derive a stable app id per client id unless one is given', () => {
    const derived = deriveAppId(CLIENT_ID);
    expect(isGuid(derived)).toBe(true);
    expect(derived[14]).toBe('5');
    expect(deriveAppId(CLIENT_ID.toUpperCase())).toBe(derived);
    expect(deriveAppId('1c9f2f4e-0000-4000-8000-000000000000')).not.toBe(derived);
    expect(inputsFor(BASE).APP_ID).toBe(derived);
    const chosen = 'A1B2C3D4-0000-4000-8000-00000000000F';
    expect(inputsFor(BASE, { KEPT_APP_ID: chosen }).APP_ID).toBe(chosen.toLowerCase());
  });
});
