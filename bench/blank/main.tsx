import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

// The floor any Fluent UI app stands on: React, FluentProvider and one Button, built by the same Vite.
// `npm run bench` measures Kept's pages as multiples of this page.
createRoot(document.getElementById('root') as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <Button appearance="primary">Blank</Button>
  </FluentProvider>,
);
