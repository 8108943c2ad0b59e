import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TabConfig } from './TabConfig';

// Fluent's MessageBar observes its size; jsdom has no ResizeObserver.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

const renderConfig = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe('TabConfig', () => {
  it('explains the tab and tells the user to save once Teams is connected', () => {
    renderConfig(<TabConfig locale="en-GB" state={{ kind: 'ready' }} />);
    expect(screen.getByRole('heading', { name: 'Add Kept to this channel' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('status').textContent).toBe('Select Save to add the tab.');
  });

  it('outside Teams, links to the overview in the browser', () => {
    renderConfig(
      <TabConfig locale="en-GB" state={{ kind: 'outside-teams', overviewUrl: 'https://kept.example/overview.html' }} />,
    );
    expect(screen.getByRole('link', { name: 'Open the overview' }).getAttribute('href')).toBe(
      'https://kept.example/overview.html',
    );
  });

  it('says why saving failed', () => {
    renderConfig(<TabConfig locale="en-GB" state={{ kind: 'save-failed', detail: 'Not allowed' }} />);
    expect(screen.getByRole('alert').textContent).toContain('The tab could not be saved: Not allowed');
  });
});
