// docs/deploy.md tells an admin what to register: every delegated scope with why, the redirect URIs, and
// the resource-specific permissions. It must say exactly what the code asks for (src/store/graph/scopes.ts),
// what the package step builds (scripts/manifest-lib.mjs) and what the manifest declares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/store/graph/scopes';
import { KEPT_SIGN_IN_PAGES, redirectUrisToRegister } from '../../scripts/manifest-lib.mjs';

const root = join(import.meta.dirname, '../..');
const deploy = readFileSync(join(root, 'docs/deploy.md'), 'utf8');
const graphDoc = readFileSync(join(root, 'docs/graph.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'manifest/manifest.template.json'), 'utf8')) as {
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
};

/** The first column of the Markdown table rows that follow `heading`, as `code` values. */
function tableAfter(text: string, heading: RegExp): string[] {
  const start = text.search(heading);
  expect(start, `no ${String(heading)} in the document`).toBeGreaterThanOrEqual(0);
  const lines = text.slice(start).split('\n');
  const first = lines.findIndex((l) => l.trim().startsWith('|'));
  const rows: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.trim().startsWith('|')) break;
    const cell = /^\s*\|\s*`([^`]+)`/.exec(line)?.[1];
    if (cell !== undefined) rows.push(cell);
  }
  return rows;
}

/** Every delegated scope the code can ask for; User.Read comes with sign-in. */
const codeScopes = [...new Set(['User.Read', ...Object.values(SCOPES).flat()])].sort();

describe('docs/deploy.md matches the code and the manifest', () => {
  it('lists every delegated permission the code asks for, each once, with why — and no other', () => {
    const listed = tableAfter(deploy, /\*\*API permissions\*\*/);
    expect([...listed].sort()).toEqual(codeScopes);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('docs/graph.md names the same Graph scopes', () => {
    const listed = tableAfter(graphDoc, /## Permissions/);
    expect([...listed].sort()).toEqual(codeScopes.filter((s) => s !== 'User.Read'));
  });

  it('lists exactly the redirect URIs the package step builds with and prints', () => {
    const base = 'https://contoso.github.io/kept';
    const expected = redirectUrisToRegister(base).map((uri) =>
      uri.replace(base, '<base>').replace('contoso.github.io', '<host>'),
    );
    expect(tableAfter(deploy, /the redirect URIs to register are exactly/)).toEqual(expected);
    expect(expected).toEqual(['<base>/auth.html', 'brk-multihub://<host>']);
  });

  it('names, at their exact addresses, the other sign-in pages the package step requires, as served but not registered', () => {
    const others = KEPT_SIGN_IN_PAGES.map(({ page }) => `<base>/${page}`).filter((uri) => uri !== '<base>/auth.html');
    expect(others).toEqual(['<base>/auth-dialog.html', '<base>/auth-teams.html', '<base>/auth-relay.html']);
    expect([...tableAfter(deploy, /Do \*\*not\*\* register the other sign-in pages/)].sort()).toEqual(
      [...others].sort(),
    );
  });

  it('names the resource-specific permissions the manifest declares, and no other', () => {
    const declared = manifest.authorization.permissions.resourceSpecific.map((p) => p.name).sort();
    const section = deploy.slice(deploy.indexOf('**Resource-specific (RSC) permissions**'));
    const paragraph = section.slice(0, section.indexOf('\n\n'));
    const named = [...paragraph.matchAll(/`([A-Za-z]+(?:\.[A-Za-z]+)*\.(?:User|Chat|Group|Team))`/g)].map((m) => m[1]);
    expect([...new Set(named)].sort()).toEqual(declared);
    expect(paragraph).toMatch(/exactly one/);
    expect(declared).toHaveLength(1);
  });
});
