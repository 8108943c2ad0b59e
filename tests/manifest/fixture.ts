// Shared by the manifest tests: the template filled the way `npm run package` fills it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fillTemplate, packageInputs, type Manifest, type TemplateValues } from '../../scripts/manifest-lib.mjs';

export const root = resolve(import.meta.dirname, '../..');
export const CLIENT_ID = '0b6f0a52-4c1e-4d7b-9a53-2f1c8e0d7a11';

export function readTemplate(): unknown {
  return JSON.parse(readFileSync(resolve(root, 'manifest/manifest.template.json'), 'utf8'));
}

export function inputsFor(baseUrl: string, extra: Record<string, string> = {}): TemplateValues {
  const inputs = packageInputs({ KEPT_BASE_URL: baseUrl, KEPT_CLIENT_ID: CLIENT_ID, ...extra }, '1.2.3');
  if (!inputs.ok) throw new Error(inputs.errors.join('\n'));
  return inputs.values;
}

export function filledManifest(baseUrl = 'https://kept.contoso.com'): { manifest: Manifest; values: TemplateValues } {
  const values = inputsFor(baseUrl);
  const { manifest, errors } = fillTemplate(readTemplate(), values);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return { manifest, values };
}

/** A deep copy to break on purpose; `edit` gets it loosely typed, as JSON is. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function mutate(manifest: Manifest, edit: (copy: any) => void): Manifest {
  const copy = structuredClone(manifest);
  edit(copy);
  return copy;
}
