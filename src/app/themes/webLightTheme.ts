// Fluent's webLightTheme, computed at build time (scripts/precomputed-themes.mjs).
export { theme } from 'kept-theme:webLight';
