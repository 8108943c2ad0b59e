import { localeDirection } from '../../domain/i18n/locales';
import type { Person } from '../../domain/types';
import type { DraftOutcome, HostContext, HostItem, HostTeam, ThemeName, Unsubscribe } from '../HostContext';
import { createDemoMailbox, type DemoMailbox } from './demoMailbox';

/**
 * The plain-browser host (standalone mode): the demo inbox stands in for Outlook's selected item.
 * Categories that Outlook would put on an email are kept in localStorage under `kept.demo.categories`
 * so the demo inbox can show which requests are covered.
 */
export interface BrowserHost extends HostContext {
  /** The demo inbox selects an item the way a click in Outlook would. */
  selectItem(item: HostItem | undefined): void;
  setTheme(theme: ThemeName): void;
  /** Categories "Outlook" shows on an email, by internetMessageId. */
  categoriesOf(internetMessageId: string): readonly string[];
  /** The demo inbox's mailbox: a newcomer simulates the customer's reply, or sends one of their own. */
  readonly mailbox: DemoMailbox;
}

export interface BrowserHostOptions {
  readonly user: Person;
  readonly locale: string;
  readonly theme: ThemeName;
  readonly team: HostTeam;
  readonly initialItem?: HostItem;
  readonly initialCommitmentId?: string;
  /** Page that opens one commitment, e.g. `overview.html`. */
  readonly overviewUrl: string;
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** The page's clock (demo replies arrive "now"). */
  readonly now?: () => Date;
}

const CATEGORY_KEY = 'kept.demo.categories';

export function createBrowserHost(options: BrowserHostOptions): BrowserHost {
  let item = options.initialItem;
  let theme = options.theme;
  const itemListeners = new Set<(item: HostItem | undefined) => void>();
  const themeListeners = new Set<(theme: ThemeName) => void>();
  const storage = options.storage ?? (typeof localStorage === 'undefined' ? undefined : localStorage);

  const readCategories = (): Record<string, string[]> => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(CATEGORY_KEY) ?? '{}');
      return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, string[]>) : {};
    } catch {
      return {};
    }
  };

  const subscribe = <T>(set: Set<(value: T) => void>, listener: (value: T) => void): Unsubscribe => {
    set.add(listener);
    return () => set.delete(listener);
  };

  const mailbox = createDemoMailbox({ user: options.user, now: options.now ?? (() => new Date()), storage });

  return {
    kind: 'browser',
    mailbox,
    user: options.user,
    locale: options.locale,
    dir: localeDirection(options.locale),
    theme: () => theme,
    onThemeChange: (listener) => subscribe(themeListeners, listener),
    team: () => options.team,
    currentItem: () => item,
    onItemChanged: (listener) => subscribe(itemListeners, listener),
    openDraft: async (): Promise<DraftOutcome> => 'show-in-app',
    tagCurrentItem: async (category) => {
      if (item?.kind !== 'email' || storage === undefined) return false;
      const all = readCategories();
      const current = all[item.internetMessageId] ?? [];
      if (!current.includes(category)) all[item.internetMessageId] = [...current, category];
      try {
        storage.setItem(CATEGORY_KEY, JSON.stringify(all));
        return true;
      } catch {
        return false;
      }
    },
    commitmentLink: (id) => `${options.overviewUrl}?commitment=${encodeURIComponent(id)}`,
    initialCommitmentId: () => options.initialCommitmentId,
    selectItem(next) {
      item = next;
      for (const listener of itemListeners) listener(next);
    },
    setTheme(next) {
      theme = next;
      for (const listener of themeListeners) listener(next);
    },
    categoriesOf: (internetMessageId) => readCategories()[internetMessageId] ?? [],
  };
}
