import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { HostKind, ThemeName } from '../hosts/HostContext';

/** Teams gets its own Fluent themes so the tab matches the client around it. */
export function fluentTheme(host: HostKind, theme: ThemeName): Theme {
  if (theme === 'high-contrast') return teamsHighContrastTheme;
  if (host === 'teams') return theme === 'dark' ? teamsDarkTheme : teamsLightTheme;
  return theme === 'dark' ? webDarkTheme : webLightTheme;
}
