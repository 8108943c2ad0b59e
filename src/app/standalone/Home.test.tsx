import { act, screen } from '@testing-library/react';
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

it('carries a theme chosen on the page, though the cards are not drawn again for it', () => {
  window.history.replaceState(null, '', '/index.html');
  const services = testServices({ store });
  renderWithServices(<Home />, services);
  expect(screen.getAllByRole('link')[1]!.getAttribute('href')).toBe('overview.html');
  // What the top bar's theme picker does: the host's theme, then the URL.
  act(() => {
    services.host.setTheme('dark');
    window.history.replaceState(null, '', '/index.html?theme=dark');
  });
  expect(screen.getAllByRole('link')[1]!.getAttribute('href')).toBe('overview.html?theme=dark');
});
