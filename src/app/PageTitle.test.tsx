import { beforeAll, expect, it } from 'vitest';
import { loadLocale } from '../domain/i18n/load';
import { createLocalStore } from '../store/local';
import { renderWithServices, testServices } from '../../tests/fixtures/renderWithServices';
import { PageTitle } from './PageTitle';

const store = createLocalStore({ dbName: `title-${Math.random()}` });
beforeAll(() => loadLocale('fi'));

it("names the page in the page's language", () => {
  renderWithServices(<PageTitle page="overview" />, testServices({ store, locale: 'fi' }));
  expect(document.title).toBe('Tiimin yleiskatsaus — Kept');
});

it('is the app alone on the start page', () => {
  renderWithServices(<PageTitle page="home" />, testServices({ store, locale: 'en-GB' }));
  expect(document.title).toBe('Kept');
});
