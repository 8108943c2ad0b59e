import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../domain/i18n';
import { Alert } from '../ui/Alert';
import { describeError } from '../ui/describeError';
import { AppRoot } from './AppRoot';
import { compose, type Composition } from './compose';
import { readParams, type PageParams } from './params';

/**
 * Boots one page: read the URL, compose host and store, render the surface. The HTML page shows a
 * plain "Loading…" until then, so nothing flashes or jumps.
 */
export function mount(render: (composition: Composition, params: PageParams) => ReactNode | Promise<ReactNode>): void {
  const element = document.getElementById('root');
  if (element === null) throw new Error('Kept: the page has no #root element');
  const root = createRoot(element);
  const params = readParams(window.location.search);

  compose(params, new URL('overview.html', window.location.href).pathname)
    .then(async (composition) => ({ composition, view: await render(composition, params) }))
    .then(
      ({ composition, view }) => {
        root.render(<AppRoot services={composition.services}>{view}</AppRoot>);
        performance.mark('kept:composed');
      },
      (error: unknown) => {
        const locale = navigator.language || 'en';
        root.render(
          <FluentProvider theme={webLightTheme}>
            <Alert intent="error" role="alert" title={t(locale, 'shell.startFailed.title')}>
              {describeError(error, { t: (key, p) => t(locale, key, p) })}
            </Alert>
          </FluentProvider>,
        );
      },
    );
}
