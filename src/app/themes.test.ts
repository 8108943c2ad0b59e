import * as fluent from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { loadTheme, themeKey } from './themes';

// The themes come computed at build time (scripts/precomputed-themes.mjs): each must be Fluent's own.
describe('themes', () => {
  it.each([
    ['browser', 'light', fluent.webLightTheme],
    ['browser', 'dark', fluent.webDarkTheme],
    ['teams', 'light', fluent.teamsLightTheme],
    ['teams', 'dark', fluent.teamsDarkTheme],
    ['teams', 'high-contrast', fluent.teamsHighContrastTheme],
  ] as const)('%s, %s: Fluent’s theme, token for token', async (host, name, expected) => {
    const theme = await loadTheme(host, name);
    expect(theme).toEqual(expected);
    expect(Object.keys(theme).length).toBeGreaterThan(400);
  });

  it('high contrast is the same everywhere', () => {
    expect(themeKey('browser', 'high-contrast')).toBe('highContrast');
    expect(themeKey('outlook', 'high-contrast')).toBe('highContrast');
  });
});
