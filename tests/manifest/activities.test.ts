// The Teams activity feed notifications Kept sends must use activity types the app manifest declares,
// with exactly the template parameters their text names (userteamwork-sendactivitynotification:
// "This must be declared in the Teams app manifest"); the demo's simulated feed words them the same.
import { describe, expect, it } from 'vitest';
import { ACTIVITY_PARAMETERS, ACTIVITY_TYPES, type ActivityKind } from '../../src/domain/teamTools/activity';
import { teamTools } from '../../src/domain/i18n/en/teamTools';
import { filledManifest, readTemplate } from './fixture';
import { validateAgainstBundledSchema } from '../../scripts/manifest-lib.mjs';

interface ActivityType {
  type: string;
  description: string;
  templateText: string;
}
const declared = (readTemplate() as { activities: { activityTypes: ActivityType[] } }).activities.activityTypes;
const parametersOf = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((name) => name !== 'actor');

describe('the activity types in the manifest', () => {
  it('are exactly the ones Kept sends, each with the parameters Kept fills', () => {
    expect(declared.map((a) => a.type).sort()).toEqual(Object.values(ACTIVITY_TYPES).sort());
    for (const [kind, type] of Object.entries(ACTIVITY_TYPES) as [ActivityKind, string][]) {
      const activity = declared.find((a) => a.type === type)!;
      expect(parametersOf(activity.templateText).sort(), type).toEqual([...ACTIVITY_PARAMETERS[kind]].sort());
      // The demo's simulated feed shows the same sentence Teams would.
      expect(teamTools[`teamTools.activity.${kind}`]).toBe(activity.templateText);
    }
  });

  it('validate against the bundled schema (type, description and text within their lengths)', async () => {
    const { manifest } = filledManifest();
    expect(await validateAgainstBundledSchema(manifest)).toEqual([]);
    expect(declared.every((a) => a.templateText.length <= 128 && a.description.length <= 128)).toBe(true);
  });
});
