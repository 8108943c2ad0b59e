import type { ThemeName } from '../hosts/HostContext';

/** The theme a plain browser asks for: forced colours first, then its dark or light preference. */
export function preferredTheme(): ThemeName {
  if (typeof matchMedia !== 'function') return 'light';
  if (matchMedia('(forced-colors: active)').matches) return 'high-contrast';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
