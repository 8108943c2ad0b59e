import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostItem } from '../../hosts/HostContext';
import { createLocalStore } from '../../store/local';
import { renderWithServices, testServices } from '../../../tests/fixtures/renderWithServices';
import { TaskPane } from './TaskPane';

const email = (n: number, subject: string): Extract<HostItem, { kind: 'email' }> => ({
  kind: 'email',
  internetMessageId: `<ask-${n}@contoso.example>`,
  conversationId: `conv-${n}`,
  itemId: `item-${n}`,
  subject,
  from: { name: 'Priya Raman', email: 'priya@contoso.example' },
  to: [],
  receivedAt: '2026-11-25T08:00:00.000Z',
});

let store: ReturnType<typeof createLocalStore>;
beforeEach(() => {
  localStorage.clear();
  store = createLocalStore({ dbName: 'test' });
});
afterEach(() => store.close());

describe('TaskPane', () => {
  it('asks for a selection when nothing is selected', () => {
    renderWithServices(<TaskPane />, testServices({ store }));
    expect(screen.getByText(/select an email or a meeting/i)).toBeTruthy();
  });

  it('follows the selected item in a pinned pane, each with its own form', async () => {
    const services = testServices({ store, item: email(1, 'First request') });
    renderWithServices(<TaskPane />, services);
    const title = await screen.findByRole('textbox', { name: /what you promise/i });
    expect(title).toHaveProperty('value', 'First request');
    act(() => services.host.selectItem(email(2, 'Second request')));
    expect(await screen.findByDisplayValue('Second request')).toBeTruthy();
    expect(screen.queryByDisplayValue('First request')).toBeNull();
    act(() => services.host.selectItem(undefined));
    expect(screen.getByText(/select an email or a meeting/i)).toBeTruthy();
  });

  it('shows the meeting checklist for a meeting', async () => {
    const meeting: HostItem = {
      kind: 'meeting',
      iCalUId: 'ical-1',
      subject: 'Quarterly planning',
      organizer: { name: 'Priya Raman', email: 'priya@contoso.example' },
      attendees: [],
      start: '2026-11-25T09:00:00.000Z',
      end: '2026-11-25T10:00:00.000Z',
      isOrganizer: false,
    };
    renderWithServices(<TaskPane />, testServices({ store, item: meeting }));
    expect(screen.queryByRole('heading', { name: 'Record a commitment' })).toBeNull();
    expect(await screen.findAllByText(/Quarterly planning/)).not.toHaveLength(0);
  });
});
