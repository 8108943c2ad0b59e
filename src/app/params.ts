import type { ThemeName } from '../hosts/HostContext';

/** What the page URL asks for. Outlook and Teams open our pages with `?host=…` (see manifest/). */
export interface PageParams {
  /**
   * outlook / teams: opened by the host (manifest); web: a link's fallback to a team's real data in a
   * browser tab; browser: the standalone demo.
   */
  readonly host: 'outlook' | 'teams' | 'web' | 'browser';
  /** host=web: the team's Microsoft 365 group id. */
  readonly team?: string;
  readonly theme?: ThemeName;
  readonly lang?: string;
  /** Standalone: the demo item the simulated Outlook has selected. */
  readonly item?: string;
  readonly meeting?: string;
  readonly commitment?: string;
  readonly view: 'team' | 'mine';
  /** Standalone: replace local data with this many synthetic commitments. */
  readonly seed?: number;
  readonly width?: number;
  readonly reset: boolean;
}

const THEMES: readonly ThemeName[] = ['light', 'dark', 'high-contrast'];

export function readParams(search: string): PageParams {
  const q = new URLSearchParams(search);
  const host = q.get('host');
  const theme = q.get('theme');
  const seed = Number(q.get('seed'));
  const width = Number(q.get('width'));
  const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
    (value === null || value === undefined || value === '' ? {} : { [key]: value }) as Partial<Record<K, V>>;
  return {
    host: host === 'outlook' || host === 'teams' || host === 'web' ? host : 'browser',
    view: q.get('view') === 'mine' ? 'mine' : 'team',
    reset: q.get('reset') === '1',
    ...optional(
      'theme',
      THEMES.find((t) => t === theme),
    ),
    ...optional('lang', q.get('lang')),
    ...optional('item', q.get('item')),
    ...optional('meeting', q.get('meeting')),
    ...optional('commitment', q.get('commitment')),
    ...optional('team', q.get('team')),
    ...optional('seed', Number.isInteger(seed) && seed > 0 ? Math.min(seed, 200_000) : undefined),
    ...optional('width', Number.isInteger(width) && width >= 280 && width <= 800 ? width : undefined),
  };
}
