import { FluentProvider, type Theme } from '@fluentui/react-components';
import { app, pages } from '@microsoft/teams-js';
import { createRoot } from 'react-dom/client';
import { t } from '../../domain/i18n';
import { loadLocale } from '../../domain/i18n/load';
import { localeDirection, pickLocale } from '../../domain/i18n/locales';
import { browserLanguages } from '../../hosts/browserLanguages';
import { MEETING_TAB_ENTITY_ID, OVERVIEW_TAB_ENTITY_ID } from '../../hosts/commitmentLinks';
import { themeOf } from '../../hosts/teams';
import type { ThemeName } from '../../hosts/HostContext';
import { TabConfig, type TabConfigState } from '../../surfaces/team-overview/TabConfig';
import { loadTheme } from '../themes';

// The channel tab's configuration page. Teams opens it when someone adds Kept to a channel; Save
// stores the tab's content URL (the overview inside Teams) and its entity id, used by deep links.

const INIT_TIMEOUT_MS = 3000;

const element = document.getElementById('root');
if (element === null) throw new Error('Kept: the page has no #root element');
const root = createRoot(element);
const base = new URL('.', window.location.href);
const overviewUrl = new URL('overview.html', base).href;

let locale = pickLocale(browserLanguages());
/** Added to a meeting (side panel, details tab): the tab shows that meeting's checklist. */
let meeting = false;
let theme: Theme | undefined;

async function applyTheme(name: ThemeName) {
  theme = await loadTheme('teams', name);
}

function render(state: TabConfigState) {
  if (theme === undefined) return;
  const dir = localeDirection(locale);
  document.documentElement.lang = locale;
  document.documentElement.dir = dir;
  root.render(
    <FluentProvider theme={theme} dir={dir} style={{ minHeight: '100vh' }}>
      <TabConfig locale={locale} state={state} />
    </FluentProvider>,
  );
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`Teams did not answer within ${ms} ms`)), ms));
}

async function start() {
  await Promise.all([applyTheme('light'), loadLocale(locale)]);
  render({ kind: 'connecting' });
  try {
    await Promise.race([app.initialize(), timeout(INIT_TIMEOUT_MS)]);
  } catch (error) {
    console.warn('Kept: the configuration page is open outside Teams.', error);
    render({ kind: 'outside-teams', overviewUrl });
    return;
  }
  try {
    const context = await app.getContext();
    locale = pickLocale([context.app.locale, ...browserLanguages()]);
    await Promise.all([applyTheme(themeOf(context.app.theme)), loadLocale(locale)]);
    meeting = context.meeting?.id !== undefined;
  } catch (error) {
    console.warn('Kept: no Teams context; using the browser language.', error);
  }
  app.registerOnThemeChangeHandler((next) => {
    void applyTheme(themeOf(next)).then(() => render({ kind: 'ready' }));
  });

  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config
      .setConfig({
        entityId: meeting ? MEETING_TAB_ENTITY_ID : OVERVIEW_TAB_ENTITY_ID,
        contentUrl: new URL(meeting ? 'meeting.html?host=teams' : 'overview.html?host=teams', base).href,
        websiteUrl: overviewUrl,
        suggestedDisplayName: t(locale, 'overview.config.tabName'),
      })
      .then(
        () => saveEvent.notifySuccess(),
        (error: unknown) => {
          const detail = error instanceof Error ? error.message : String(error);
          render({ kind: 'save-failed', detail });
          saveEvent.notifyFailure(detail);
        },
      );
  });
  // Nothing to choose: the tab shows the team it is added to, so Save is allowed at once.
  pages.config.setValidityState(true);
  app.notifySuccess().catch(() => undefined);
  render({ kind: 'ready' });
}

void start();
