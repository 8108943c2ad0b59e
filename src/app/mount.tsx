import { Button, FluentProvider } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../domain/i18n';
import { loadLocale, translationsReady } from '../domain/i18n/load';
import { localeDirection, pickLocale } from '../domain/i18n/locales';
import { browserLanguages } from '../hosts/browserLanguages';
import { Alert } from '../ui/Alert';
import { describeError } from '../ui/describeError';
import { AppRoot } from './AppRoot';
import { compose, type Composition } from './compose';
import { readParams, type PageParams } from './params';
import { preferredTheme } from './preferredTheme';
import { loadTheme } from './themes';

/**
 * Boots one page: read the URL, compose host and store, load the theme, render the surface. The
 * HTML page shows a plain "Loading…" until then, so nothing flashes in the wrong colours. A failed
 * start shows why, with "Try again"; an Outlook user with no team yet picks one first.
 */
export function mount(
  render: (composition: Composition, params: PageParams) => ReactNode | Promise<ReactNode>,
  options: {
    /** The page references Office.js in its <head> (outlook.html). @default false */
    readonly officePage?: boolean;
  } = {},
): void {
  const element = document.getElementById('root');
  if (element === null) throw new Error('Kept: the page has no #root element');
  const root = createRoot(element);
  const params = readParams(window.location.search);
  if (params.host === 'browser') startStandaloneDownloads(params);

  const start = async () => {
    const composition = await compose(
      params,
      // A whole address: the link goes into emails and posts, read far from this page.
      new URL('overview.html', window.location.href).href,
      options.officePage === true,
    );
    const { host } = composition.services;
    const theme = loadTheme(host.kind, host.theme());
    if (composition.teamChoice !== undefined) {
      const { TeamPicker } = await import('./TeamPicker');
      root.render(
        <AppRoot services={composition.services} initialTheme={await theme}>
          <TeamPicker choice={composition.teamChoice} onChosen={() => void begin()} />
        </AppRoot>,
      );
      return;
    }
    const view = await render(composition, params);
    // The surfaces the view pulled in have registered their words; load them in the page's language.
    await translationsReady();
    root.render(
      <AppRoot services={composition.services} initialTheme={await theme}>
        {view}
      </AppRoot>,
    );
    performance.mark('kept:composed');
  };

  const begin = () =>
    start().catch(async (error: unknown) => {
      console.error('Kept: start failed', error);
      const locale = pickLocale(browserLanguages());
      const [theme] = await Promise.all([loadTheme('browser', 'light'), loadLocale(locale).catch(() => undefined)]);
      document.documentElement.lang = locale;
      document.documentElement.dir = localeDirection(locale);
      root.render(
        <FluentProvider theme={theme} dir={localeDirection(locale)}>
          <Alert
            intent="error"
            role="alert"
            title={t(locale, 'shell.startFailed.title')}
            actions={<Button onClick={() => void begin()}>{t(locale, 'shell.startFailed.retry')}</Button>}
          >
            {describeError(error, { t: (key, p) => t(locale, key, p) })}
          </Alert>
        </FluentProvider>,
      );
    });

  void begin();
}

/**
 * A plain browser runs the standalone demo: what its composition, its top bar and its colours need
 * starts downloading now, side by side, instead of each after the one before (compose, then the
 * theme, then the frame). A failed download is not reported here; the real import tries again and
 * the page says what went wrong.
 */
function startStandaloneDownloads(params: PageParams): void {
  const ignore = () => undefined;
  import('./composeStandalone').catch(ignore);
  import('./standalone/StandaloneFrame').catch(ignore);
  loadTheme('browser', params.theme ?? preferredTheme()).catch(ignore);
}
