import type { HostDocuments } from '../../../hosts/HostContext';

/**
 * Saved views: a name for a set of the overview's filters (their URL query, see ../viewQuery.ts), per
 * user. Kept in the host's per-user documents as `kept-saved-views.json`:
 * `{ "version": 1, "views": [{ "name": "…", "query": "owner=…&status=at-risk" }] }` — in Graph mode in
 * the user's OneDrive app folder (roaming), in Outlook in the mailbox's roaming settings, otherwise
 * on this device.
 */
export const SAVED_VIEWS_DOCUMENT = 'kept-saved-views.json';
const MAX_VIEWS = 50;

export interface SavedView {
  readonly name: string;
  readonly query: string;
}

function parse(value: unknown): SavedView[] {
  const views = (value as { views?: unknown } | undefined)?.views;
  if (!Array.isArray(views)) return [];
  return views.filter(
    (v): v is SavedView =>
      typeof v === 'object' &&
      v !== null &&
      typeof (v as SavedView).name === 'string' &&
      typeof (v as SavedView).query === 'string',
  );
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export async function readViews(documents: HostDocuments): Promise<SavedView[]> {
  return parse(await documents.read(SAVED_VIEWS_DOCUMENT));
}

/**
 * Applies `change` to the views as stored now and writes them back. Another device's change since
 * this one read them (a conflict) is read again and the change applied to it once more, so neither
 * device's view is lost.
 */
async function change(documents: HostDocuments, apply: (views: SavedView[]) => SavedView[]): Promise<SavedView[]> {
  for (let attempt = 0; ; attempt += 1) {
    const next = apply(await readViews(documents)).slice(0, MAX_VIEWS);
    try {
      await documents.write(SAVED_VIEWS_DOCUMENT, { version: 1, views: next });
      return next;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'conflict' || attempt > 0) throw error;
    }
  }
}

/** Saves (or replaces, by name, whatever its letter case) a view. */
export const saveView = (documents: HostDocuments, view: SavedView): Promise<SavedView[]> =>
  change(documents, (views) =>
    [...views.filter((v) => !sameName(v.name, view.name)), view].sort((a, b) => a.name.localeCompare(b.name)),
  );

export const deleteView = (documents: HostDocuments, name: string): Promise<SavedView[]> =>
  change(documents, (views) => views.filter((v) => !sameName(v.name, name)));

export const hasView = (views: readonly SavedView[], name: string): boolean =>
  views.some((v) => sameName(v.name, name));
