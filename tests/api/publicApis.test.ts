// The check that src/ uses Microsoft's SDKs only through public, released APIs that the manifest's
// requirement set covers, read from the installed type files and the manifest (tests/api/apiUsage.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findApiProblems, manifestMailboxVersion } from './apiUsage';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

// Each check builds a TypeScript program of src/ and the SDKs' type files and type-checks it: pure
// CPU work, like \`tsc\`, that takes tens of seconds on a busy two-core machine (nothing waits on time).
describe('public APIs only', { timeout: 180_000 }, () => {
  it('src/ calls nothing its SDK marks @internal, @hidden or @beta, and no Office.js above the manifest unguarded', () => {
    expect(findApiProblems()).toEqual([]);
    // It type-checks all of src/ (≈19 s alone on the shared two-core machine): more than the default 20 s when busy.
  }, 90_000);

  it('reads the Mailbox requirement set from the manifest', () => {
    expect(manifestMailboxVersion()).toBe('1.8');
  });

  it("fails on teams-js's meeting.getMeetingDetails, as Kept called it before (@hidden @internal)", () => {
    // src/hosts/teams/teamsSdk.ts as it was, put back as a virtual file.
    const path = 'src/hosts/teams/teamsSdkBefore.ts';
    expect(findApiProblems({ only: [path], extra: { [path]: fixture('teamsSdk.before.txt') } })).toEqual([
      {
        file: path,
        line: 70,
        api: 'meeting.getMeetingDetails',
        problem: 'marked @hidden @internal in @microsoft/teams-js',
      },
    ]);
  });

  it('fails on an Office.js event above the manifest’s Mailbox set unless isSetSupported guards it', () => {
    const path = 'src/hosts/outlook/themeFixture.ts';
    const code = `import type { OfficeLike } from './officeLike';
export function unguarded(office: OfficeLike) {
  office.context.mailbox?.addHandlerAsync(office.EventType.OfficeThemeChanged, () => undefined);
}
export function guarded(office: OfficeLike) {
  if (office.context.requirements.isSetSupported('Mailbox', '1.14'))
    office.context.mailbox?.addHandlerAsync(office.EventType.OfficeThemeChanged, () => undefined);
}
export function returnsFirst(office: OfficeLike, supports: (v: string) => boolean) {
  if (!supports('1.14')) return;
  office.context.mailbox?.addHandlerAsync(office.EventType.OfficeThemeChanged, () => undefined);
}
export function tooLowAGuard(office: OfficeLike, supports: (v: string) => boolean) {
  if (supports('1.9')) office.context.mailbox?.addHandlerAsync(office.EventType.OfficeThemeChanged, () => undefined);
}
`;
    const found = findApiProblems({ only: [path], extra: { [path]: code } });
    expect(found.map((f) => [f.line, f.api])).toEqual([
      [3, 'office.EventType.OfficeThemeChanged'],
      [14, 'office.EventType.OfficeThemeChanged'],
    ]);
    expect(found[0]?.problem).toBe(
      "needs Mailbox 1.14, above the manifest's Mailbox 1.8, and is not behind isSetSupported",
    );
  });

  it('fails on a member Office.js does not have, and on a lower manifest set for what Kept uses unguarded', () => {
    const path = 'src/hosts/outlook/madeUpFixture.ts';
    const code = `import type { OfficeMailboxLike } from './officeLike';
export const madeUp = (mailbox: OfficeMailboxLike) => (mailbox as OfficeMailboxLike & { getMeetingJoinUrl(): string }).getMeetingJoinUrl();
export const real = (mailbox: OfficeMailboxLike) => mailbox.convertToRestId;
`;
    expect(findApiProblems({ only: [path], extra: { [path]: code } }).map((f) => [f.api, f.problem])).toEqual([
      [
        '(mailbox as OfficeMailboxLike & { getMeetingJoinUrl(): string }).getMeetingJoinUrl',
        'is not a member of Office.Mailbox in @types/office-js',
      ],
    ]);
    // Were the manifest to ask for Mailbox 1.3 only, the compose-mode item id (1.8) would be unguarded.
    const lower = findApiProblems({ only: ['src/hosts/outlook/readItem.ts'], mailboxVersion: '1.3' });
    expect(lower.map((f) => f.api)).toContain('item.getItemIdAsync');
  });
});
