/**
 * The SharePoint list Kept keeps a team's commitments in, in the team's group site. One item per
 * commitment, plus one item per team (KeptId = "settings:<teamId>") holding its service standards.
 *
 * Internal column names start with "Kept" so they cannot collide with SharePoint's own columns;
 * display names are what people see in the list. Dates are text (`YYYY-MM-DD`, ISO instants):
 * SharePoint dateTime columns shift date-only values with the site's time zone and drop
 * milliseconds, and ISO text sorts and compares correctly as text.
 */
export const LIST_DISPLAY_NAME = 'Kept commitments';
export const LIST_DESCRIPTION = 'Commitments of this team, kept by the Kept app. Columns are managed by Kept.';
/** KeptStatus of settings items; their KeptId is `settings:<teamId>`. */
export const SETTINGS_KEY = 'settings';
export const settingsItemKey = (teamId: string) => `${SETTINGS_KEY}:${teamId}`;

export type ColumnKind = 'text' | 'note' | 'number';

export interface ColumnSpec {
  readonly name: string;
  readonly displayName: string;
  readonly kind: ColumnKind;
  /** Filtered or sorted on: indexed so queries keep working past the 5,000-item view threshold. */
  readonly indexed: boolean;
}

const col = (name: string, displayName: string, kind: ColumnKind, indexed = false): ColumnSpec => ({
  name,
  displayName,
  kind,
  indexed,
});

/** Title is the built-in column (commitment title; the team name on the settings item). */
export const COLUMNS: readonly ColumnSpec[] = [
  col('KeptId', 'Kept id', 'text', true),
  col('KeptStatus', 'Status', 'text', true),
  col('KeptOwnerName', 'Owner', 'text'),
  col('KeptOwnerEmail', 'Owner email', 'text', true),
  col('KeptCustomerName', 'Customer', 'text'),
  col('KeptCustomerEmail', 'Customer email', 'text', true),
  col('KeptTargetDate', 'Target date', 'text'),
  col('KeptPromisedDate', 'Promised date', 'text', true),
  col('KeptNextUpdateDue', 'Next update due', 'text', true),
  col('KeptCadenceDays', 'Update every (business days)', 'number'),
  col('KeptAcceptance', 'Done means', 'note'),
  col('KeptSteps', 'Plan steps (JSON)', 'note'),
  col('KeptHistory', 'History (JSON)', 'note'),
  col('KeptSource', 'Source (JSON)', 'note'),
  col('KeptSourceMessageId', 'Source message id', 'text', true),
  col('KeptSourceConversationId', 'Source conversation id', 'text', true),
  col('KeptSourceMeetingKey', 'Source meeting key', 'text', true),
  col('KeptSourceJoinKey', 'Source join link key', 'text', true),
  col('KeptDetails', 'Details (JSON)', 'note'),
];

export const columnByName = (name: string) => COLUMNS.find((c) => c.name === name);

/** Graph's columnDefinition body for one column: https://learn.microsoft.com/graph/api/resources/columndefinition */
export function columnDefinition(spec: ColumnSpec): Record<string, unknown> {
  const base = { name: spec.name, displayName: spec.displayName, indexed: spec.indexed, enforceUniqueValues: false };
  switch (spec.kind) {
    case 'text':
      return { ...base, text: { allowMultipleLines: false, maxLength: 255 } };
    case 'note':
      return { ...base, text: { allowMultipleLines: true, linesForEditing: 6, textType: 'plain' } };
    case 'number':
      return { ...base, number: { decimalPlaces: 'none' } };
  }
}

/** Single line of text holds 255 characters; a multi-line plain text column about 63,999 (we keep below). */
export const TEXT_MAX = 255;
export const NOTE_MAX = 63_000;
