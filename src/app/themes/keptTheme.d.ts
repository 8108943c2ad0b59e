// The themes computed at build time (scripts/precomputed-themes.mjs): Fluent's own, as JSON.
declare module 'kept-theme:*' {
  import type { Theme } from '@fluentui/react-components';
  export const theme: Theme;
}
