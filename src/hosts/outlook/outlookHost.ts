import { localeDirection, pickLocale } from '../../domain/i18n/locales';
import type { Person } from '../../domain/types';
import { browserLanguages } from '../browserLanguages';
import type {
  DraftOutcome,
  DraftRequest,
  HostContext,
  HostItem,
  HostPreferences,
  ThemeName,
  Unsubscribe,
} from '../HostContext';
import { commitmentLink } from '../commitmentLinks';
import type { OfficeLike } from './officeLike';
import { readItem } from './readItem';

/** Outlook refuses reply and new-message bodies over 32 KB (displayReplyForm, displayNewMessageForm). */
export const OUTLOOK_BODY_LIMIT = 32 * 1024;

/** Outlook exposes theme colours only; a dark body background means a dark theme. */
export function themeFromOffice(office: OfficeLike): ThemeName {
  const colour = office.context.officeTheme?.bodyBackgroundColor ?? '';
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (match === null) return 'light';
  const [r, g, b] = [match[1], match[2], match[3]].map((h) => parseInt(h ?? '0', 16) / 255) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? 'dark' : 'light';
}

function ifSucceeded(office: OfficeLike, result: Office.AsyncResult<unknown>): boolean {
  return result.status === office.AsyncResultStatus.Succeeded;
}

function call<T>(start: (done: (result: Office.AsyncResult<T>) => void) => void) {
  return new Promise<Office.AsyncResult<T>>((resolve) => start(resolve));
}

export interface OutlookHostOptions {
  /** overview.html on the web host (absolute), for links' web fallback. */
  readonly overviewUrl: string;
  /** The Teams app id (the package's manifest id), so links open Kept in Teams. */
  readonly appId?: string;
  /** Where the locale comes from when Outlook's display language is not one Kept speaks (tests pass their own). */
  readonly browserLanguages?: readonly string[];
}

/** The Outlook host over an Office.js that is ready (`Office.onReady` resolved inside Outlook). */
export async function createOutlookHostFrom(office: OfficeLike, options: OutlookHostOptions): Promise<HostContext> {
  const mailbox = office.context.mailbox;
  if (mailbox === undefined)
    throw new Error('Kept was opened as an Outlook add-in, but Outlook did not provide a mailbox.');
  const supports = (version: string) => office.context.requirements.isSetSupported('Mailbox', version);

  const user: Person = { name: mailbox.userProfile.displayName, email: mailbox.userProfile.emailAddress };
  // Outlook's display language first (Office.context.displayLanguage), then the browser's.
  const locale = pickLocale([office.context.displayLanguage, ...(options.browserLanguages ?? browserLanguages())]);
  let theme = themeFromOffice(office);
  let item: HostItem | undefined = await readItem(office, user).catch(() => undefined);
  const itemListeners = new Set<(item: HostItem | undefined) => void>();
  const themeListeners = new Set<(theme: ThemeName) => void>();
  // Item reads are async; a slow read of an earlier selection must not overwrite a later one.
  let generation = 0;

  const subscribe = <T>(set: Set<(value: T) => void>, listener: (value: T) => void): Unsubscribe => {
    set.add(listener);
    return () => set.delete(listener);
  };

  if (supports('1.5')) {
    mailbox.addHandlerAsync(office.EventType.ItemChanged, () => {
      const mine = ++generation;
      void readItem(office, user)
        .catch(() => undefined)
        .then((next) => {
          if (mine !== generation) return;
          item = next;
          for (const listener of itemListeners) listener(next);
        });
    });
  }
  if (supports('1.14')) {
    mailbox.addHandlerAsync(office.EventType.OfficeThemeChanged, () => {
      theme = themeFromOffice(office);
      for (const listener of themeListeners) listener(theme);
    });
  }

  const openDraft = async (draft: DraftRequest): Promise<DraftOutcome> => {
    if (draft.html.length > OUTLOOK_BODY_LIMIT) {
      throw new Error('The draft is longer than the 32 KB Outlook accepts in a reply form.');
    }
    const current = mailbox.item;
    const reply =
      draft.mode === 'reply'
        ? current?.displayReplyForm
        : draft.mode === 'reply-all'
          ? current?.displayReplyAllForm
          : undefined;
    if (reply !== undefined && item?.kind === 'email') {
      reply.call(current, { htmlBody: draft.html });
      return 'opened';
    }
    // A new message: asked for, or the item cannot be replied to (an appointment being organized).
    if (!supports('1.6')) return 'show-in-app';
    mailbox.displayNewMessageForm({
      toRecipients: (draft.to ?? []).map((p) => p.email),
      subject: draft.subject,
      htmlBody: draft.html,
    });
    return 'opened';
  };

  /** Categories need Mailbox 1.8 and the read/write mailbox permission; without them: false, no error. */
  const tagCurrentItem = async (category: string): Promise<boolean> => {
    const current = mailbox.item;
    if (!supports('1.8') || item?.kind !== 'email' || current?.categories === undefined) return false;
    const master = mailbox.masterCategories;
    if (master === undefined) return false;
    try {
      const listed = await call<Office.CategoryDetails[]>((done) => master.getAsync(done));
      if (!ifSucceeded(office, listed)) return false;
      const exists = (listed.value ?? []).some((c) => c.displayName.toLowerCase() === category.toLowerCase());
      if (!exists) {
        const added = await call<void>((done) =>
          master.addAsync([{ displayName: category, color: office.MailboxEnums.CategoryColor.Preset4 }], done),
        );
        // Another pane may have created it in the meantime: DuplicateCategory is fine.
        if (!ifSucceeded(office, added) && added.error?.name !== 'DuplicateCategory') return false;
      }
      const tagged = await call<void>((done) => current.categories?.addAsync([category], done));
      return ifSucceeded(office, tagged);
    } catch {
      return false;
    }
  };

  return {
    kind: 'outlook',
    user,
    locale,
    dir: localeDirection(locale),
    theme: () => theme,
    onThemeChange: (listener) => subscribe(themeListeners, listener),
    // Outlook does not know the user's team; the composition root asks once or uses a personal team.
    team: () => undefined,
    currentItem: () => item,
    onItemChanged: (listener) => subscribe(itemListeners, listener),
    openDraft,
    tagCurrentItem,
    // Outlook knows no channel: the link opens the team's Kept in Teams (or on the web), never the demo.
    commitmentLink: (id, teamId) =>
      commitmentLink(
        { overviewUrl: options.overviewUrl, ...(options.appId ? { appId: options.appId } : {}) },
        id,
        teamId,
      ),
    initialCommitmentId: () => undefined,
    ...(office.context.roamingSettings === undefined ? {} : { preferences: roamingPreferences(office) }),
  };
}

/** Roaming settings: the team the user picked once follows them to Outlook on every device. */
function roamingPreferences(office: OfficeLike): HostPreferences {
  const settings = office.context.roamingSettings;
  return {
    get: (key) => {
      const value: unknown = settings?.get(key);
      return typeof value === 'string' ? value : undefined;
    },
    set: async (key, value) => {
      if (settings === undefined) throw new Error('Outlook roaming settings are not available');
      settings.set(key, value);
      const saved = await call<void>((done) => settings.saveAsync(done));
      if (!ifSucceeded(office, saved)) throw new Error(saved.error?.message ?? 'Outlook could not save the setting');
    },
  };
}
