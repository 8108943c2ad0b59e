import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { createLocalStore } from '../../store/local';
import { renderWithServices, testServices } from '../../../tests/fixtures/renderWithServices';
import { Home } from './Home';

const store = createLocalStore({ dbName: `home-${Math.random()}` });
const start = window.location.href;
afterEach(() => {
  window.history.replaceState(null, '', start);
  store.close();
});

it("opens each surface in the start page's language and theme", () => {
  window.history.replaceState(null, '', '/index.html?lang=fi&theme=dark');
  renderWithServices(<Home />, testServices({ store }));
  const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
  expect(hrefs).toEqual([
    'taskpane.html?item=demo-item-1&lang=fi&theme=dark',
    'overview.html?lang=fi&theme=dark',
    'meeting.html?meeting=demo-ical-planning&lang=fi&theme=dark',
  ]);
});
