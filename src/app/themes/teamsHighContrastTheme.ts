// Fluent's teamsHighContrastTheme, computed at build time (scripts/precomputed-themes.mjs).
export { theme } from 'kept-theme:teamsHighContrast';
