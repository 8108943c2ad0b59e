import type { Theme } from '@fluentui/react-components';
import type { HostKind, ThemeName } from '../hosts/HostContext';

// Each theme is its own chunk: a pane downloads the colours it shows, not all five sets.
const loaders = {
  webLight: () => import('./themes/webLightTheme'),
  webDark: () => import('./themes/webDarkTheme'),
  teamsLight: () => import('./themes/teamsLightTheme'),
  teamsDark: () => import('./themes/teamsDarkTheme'),
  highContrast: () => import('./themes/teamsHighContrastTheme'),
} satisfies Record<string, () => Promise<{ theme: Theme }>>;

/** Teams gets its own Fluent themes so the tab matches the client around it. */
export function themeKey(host: HostKind, theme: ThemeName): keyof typeof loaders {
  if (theme === 'high-contrast') return 'highContrast';
  if (host === 'teams') return theme === 'dark' ? 'teamsDark' : 'teamsLight';
  return theme === 'dark' ? 'webDark' : 'webLight';
}

export async function loadTheme(host: HostKind, theme: ThemeName): Promise<Theme> {
  return (await loaders[themeKey(host, theme)]()).theme;
}
