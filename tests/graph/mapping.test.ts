import { describe, expect, it } from 'vitest';
import {
  columnKey,
  commitmentFromItem,
  commitmentToFields,
  MappingError,
  settingsFromItem,
  settingsToFields,
  versionFromETag,
} from '../../src/store/graph/mapping';
import { defaultTeamSettings } from '../../src/store/defaultSettings';
import { teamId } from '../../src/domain/ids';
import { aCommitment, aMeetingSource, aStep, NESTOR } from '../fixtures/commitments';

const asItem = (fields: Record<string, unknown>, version = 3) => ({
  id: '7',
  eTag: `"1b2c-guid,${version}"`,
  fields: { ...fields },
});

describe('commitment ⇄ list item fields', () => {
  it('round-trips every field, taking the version from the eTag', () => {
    const c = aCommitment({
      checker: NESTOR,
      steps: [aStep({ doneAt: '2026-11-03T10:00:00.000Z', owner: NESTOR }), aStep()],
      feedback: { rating: 5, comment: 'Great', at: '2026-11-12T10:00:00.000Z' },
      deliveredAt: '2026-11-11T10:00:00.000Z',
      source: aMeetingSource(),
    });
    const fields = commitmentToFields(c, '2026-11-09T16:00:00.000Z');
    expect(fields.KeptStatus).toBe('delivered');
    expect(fields.KeptNextUpdateDue).toBe('2026-11-09T16:00:00.000Z');
    expect(fields.KeptSourceMessageId).toBeNull();
    const read = commitmentFromItem(asItem(fields, 3));
    expect(read.ok && read.value).toEqual({ ...c, version: 3 });
  });

  it('reads hand-edited JSON as a problem naming the column, not as data', () => {
    const fields = commitmentToFields(aCommitment(), undefined);
    const broken = commitmentFromItem(asItem({ ...fields, KeptSteps: '[{"id": "s1", "text": ' }));
    expect(broken).toMatchObject({ ok: false, column: 'KeptSteps', keptId: fields.KeptId });
    const wrongShape = commitmentFromItem(asItem({ ...fields, KeptHistory: '[{"kind":"exploded"}]' }));
    expect(wrongShape).toMatchObject({ ok: false, column: 'KeptHistory' });
    const badDate = commitmentFromItem(asItem({ ...fields, KeptPromisedDate: 'next Friday' }));
    expect(badDate).toMatchObject({ ok: false, column: 'KeptPromisedDate' });
    const cleared = commitmentFromItem(asItem({ ...fields, Title: undefined }));
    expect(cleared).toMatchObject({ ok: false, column: 'Title' });
    const cadence = commitmentFromItem(asItem({ ...fields, KeptCadenceDays: 2.5 }));
    expect(cadence).toMatchObject({ ok: false, column: 'KeptCadenceDays' });
  });

  it('reads a step field a hand edit set to null as absent: that step is not done', () => {
    const fields = commitmentToFields(aCommitment({ steps: [aStep({ text: 'Order chairs' })] }), undefined);
    const edited = commitmentFromItem(
      asItem({ ...fields, KeptSteps: '[{"id": "s1", "text": "Order chairs", "dueDate": null, "doneAt": null}]' }),
    );
    expect(edited.ok && edited.value.steps).toEqual([{ id: 's1', text: 'Order chairs' }]);
  });

  it('takes a hand edit of a plain column (title) as the new truth', () => {
    const fields = commitmentToFields(aCommitment(), undefined);
    const read = commitmentFromItem(asItem({ ...fields, Title: 'Renamed in SharePoint' }));
    expect(read.ok && read.value.title).toBe('Renamed in SharePoint');
  });

  it('refuses a plan too big for a SharePoint column before anything is sent', () => {
    const big = aCommitment({ steps: Array.from({ length: 50 }, () => aStep({ text: 'x'.repeat(2000) })) });
    expect(() => commitmentToFields(big, undefined)).toThrow(MappingError);
  });

  it('keeps long keys (Teams join URLs) inside 255 characters, distinct and stable', () => {
    const long = `https://teams.microsoft.com/l/meetup-join/${'a'.repeat(300)}`;
    const other = `${long}b`;
    expect(columnKey(long).length).toBeLessThanOrEqual(255);
    expect(columnKey(long)).toBe(columnKey(long));
    expect(columnKey(long)).not.toBe(columnKey(other));
    expect(columnKey('short')).toBe('short');
  });

  it('keeps an email longer than a column holds exactly', () => {
    const email = `${'a'.repeat(250)}@contoso.com`;
    const c = aCommitment({ owner: { name: 'Long', email } });
    const read = commitmentFromItem(asItem(commitmentToFields(c, undefined)));
    expect(read.ok && read.value.owner.email).toBe(email);
  });

  it('parses SharePoint eTags', () => {
    expect(versionFromETag('"4c7ab0d1-1f4e-4ad1-a3c2-5d1f2e3b4a5c,12"')).toBe(12);
    expect(versionFromETag('"abc,1"')).toBe(1);
    expect(versionFromETag('W/"datetime\'2026\'"')).toBeUndefined();
  });
});

describe('team settings ⇄ the settings item', () => {
  const details = (fields: Record<string, unknown>) =>
    JSON.parse(fields.KeptDetails as string) as Record<string, unknown>;
  const withDetails = (value: Record<string, unknown>) => asItem({ KeptDetails: JSON.stringify(value) });

  it('reads a settings item saved before the To Do choice: followUpFlags true/false', () => {
    const { version: _v, followUpReminders: _r, ...old } = defaultTeamSettings(teamId('team-a'));
    for (const [flag, reminders] of [
      [true, 'outlookFlag'],
      [false, 'off'],
    ] as const) {
      const read = settingsFromItem(withDetails({ ...old, followUpFlags: flag }));
      expect(read.ok && read.value.followUpReminders).toBe(reminders);
      expect(read.ok && read.value).not.toHaveProperty('followUpFlags');
    }
  });

  it('round-trips the three choices, writing the old switch beside them for Kept versions not yet updated', () => {
    for (const choice of ['outlookFlag', 'todoTask', 'off'] as const) {
      const settings = { ...defaultTeamSettings(teamId('team-a')), followUpReminders: choice, version: 3 };
      const fields = settingsToFields(settings);
      expect(details(fields)).toMatchObject({ followUpReminders: choice, followUpFlags: choice === 'outlookFlag' });
      const read = settingsFromItem(asItem(fields));
      expect(read.ok && read.value).toEqual(settings);
    }
  });

  it('calls settings with neither the choice nor the old switch unreadable', () => {
    const { version: _v, followUpReminders: _r, ...old } = defaultTeamSettings(teamId('team-a'));
    expect(settingsFromItem(withDetails(old)).ok).toBe(false);
    expect(settingsFromItem(withDetails({ ...old, followUpReminders: 'pager' })).ok).toBe(false);
  });
});
