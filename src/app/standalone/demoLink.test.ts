import { expect, it } from 'vitest';
import { demoLink } from './demoLink';

const here = 'https://kept.example/demo/taskpane.html?item=demo-item-4&lang=fi&theme=dark';

it("keeps the page's language and theme on a link to another demo page, and nothing else of its URL", () => {
  expect(demoLink('overview.html', here)).toBe('overview.html?lang=fi&theme=dark');
  expect(demoLink('meeting.html?meeting=demo-ical-planning', here)).toBe(
    'meeting.html?meeting=demo-ical-planning&lang=fi&theme=dark',
  );
});

it('takes the full address the browser host writes for a commitment', () => {
  expect(demoLink('https://kept.example/demo/overview.html?commitment=c%201', here)).toBe(
    'overview.html?commitment=c+1&lang=fi&theme=dark',
  );
});

it('leaves a link to another site alone', () => {
  const teams = 'https://teams.microsoft.com/l/entity/app/tab?context=%7B%7D';
  expect(demoLink(teams, here)).toBe(teams);
  expect(demoLink('mailto:priya@contoso.example', here)).toBe('mailto:priya@contoso.example');
});

it("leaves a link alone when the page chose neither, and lets the link's own choice win", () => {
  expect(demoLink('overview.html?view=mine', 'https://kept.example/demo/index.html')).toBe('overview.html?view=mine');
  expect(demoLink('taskpane.html?theme=light', here)).toBe('taskpane.html?theme=light&lang=fi');
});
