// Fluent's themes are objects of ~460 tokens that @fluentui/react-theme computes when its module
// loads (createLightTheme and friends: a palette walked and spread into one object). A page paid
// that on every open, in the task that starts its first render. This plugin computes them at build
// time instead: `kept-theme:webLight` (and the four others) is a module holding the theme as JSON,
// which the page parses in well under a millisecond. The values are Fluent's own, read from the
// installed @fluentui/react-theme, so a Fluent update changes them with the next build.
import { createRequire } from 'node:module';

const PREFIX = 'kept-theme:';
const THEMES = {
  webLight: 'webLightTheme',
  webDark: 'webDarkTheme',
  teamsLight: 'teamsLightTheme',
  teamsDark: 'teamsDarkTheme',
  teamsHighContrast: 'teamsHighContrastTheme',
};

/** The module's source for one theme: the tokens as a JSON string, parsed once when it loads. */
export function themeModuleSource(name) {
  const exportName = THEMES[name];
  if (exportName === undefined) throw new Error(`Kept: no Fluent theme is called "${name}"`);
  // Resolved where @fluentui/react-components (a dependency of Kept's) finds it: the themes it exports.
  const fromComponents = createRequire(createRequire(import.meta.url).resolve('@fluentui/react-components'));
  const theme = fromComponents('@fluentui/react-theme')[exportName];
  // JSON.parse of a string is faster to load than the same object literal (V8's advice for large data).
  return `export const theme = JSON.parse(${JSON.stringify(JSON.stringify(theme))});\n`;
}

/**
 * A Vite plugin: `import { theme } from 'kept-theme:webLight'`. Every Vite build or server of the
 * app's modules needs it: vite.config.ts (build, dev server), vitest.config.ts and the browser
 * tests' fixture pages (tests/e2e/harness.mjs).
 */
export function precomputedThemes() {
  return {
    name: 'kept-precomputed-themes',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      return id.startsWith(`\0${PREFIX}`) ? themeModuleSource(id.slice(PREFIX.length + 1)) : undefined;
    },
  };
}
