import { act, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { commitmentId } from '../../domain/ids';
import { aCommitment } from '../../domain/testing/aCommitment';
import type { HostItem } from '../../hosts/HostContext';
import { createLocalStore } from '../../store/local';
import { renderWithServices, TEST_TEAM, testServices } from '../../../tests/fixtures/renderWithServices';
import { readParams } from '../params';
import { taskPaneView } from './taskPaneView';

const email: Extract<HostItem, { kind: 'email' }> = {
  kind: 'email',
  internetMessageId: '<ask-1@contoso.example>',
  conversationId: 'conv-1',
  itemId: 'item-1',
  subject: 'Access review',
  from: { name: 'Priya Raman', email: 'priya@contoso.example' },
  to: [],
  receivedAt: '2026-11-25T08:00:00.000Z',
};

const recorded = aCommitment({
  id: commitmentId('c-pane'),
  teamId: TEST_TEAM,
  title: 'Quarterly access review',
  source: {
    kind: 'email',
    internetMessageId: email.internetMessageId,
    conversationId: email.conversationId,
    subject: email.subject,
    receivedAt: email.receivedAt,
  },
});

// The pane's views load on demand. A browser has such a chunk in a few milliseconds; here the first
// import compiles their TypeScript (about 300 ms on a 2-core machine, the pane's whole wait), which
// is not what these tests are about: compiled once before them, the views load as a browser's do.
beforeAll(async () => {
  await Promise.all([
    import('../../surfaces/taskpane/commitment/CommitmentView'),
    import('../../surfaces/shared/commitment-form/CreateCommitmentForm'),
  ]);
});

let store: ReturnType<typeof createLocalStore>;
beforeEach(() => {
  localStorage.clear();
  store = createLocalStore({ dbName: `pane-view-${Math.random()}` });
});
afterEach(() => store.close());

describe('taskPaneView: the pane opens on its content', () => {
  it('shows the email’s commitment and its plan in the first render, never a loading state before it', async () => {
    await store.create(recorded);
    const services = testServices({ store, item: email });
    const view = await taskPaneView({ services }, readParams(''));

    renderWithServices(<>{view}</>, services);
    // Asked at once, not awaited: what the first render committed.
    expect(screen.getByRole('heading', { name: 'Quarterly access review' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Plan' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('opens a new request’s form with the defaults the team’s commitments give it (the customer’s language)', async () => {
    await store.create(
      aCommitment({
        id: commitmentId('c-earlier'),
        teamId: TEST_TEAM,
        customer: { name: 'Priya Raman', email: 'priya@contoso.example' },
        messageLanguage: 'fi',
      }),
    );
    // The team's commitments answer last, as a long list does.
    const list = store.list.bind(store);
    vi.spyOn(store, 'list').mockImplementation(
      (filter) => new Promise((resolve) => setTimeout(() => resolve(list(filter)), 150)),
    );
    const services = testServices({ store, item: email });
    const view = await taskPaneView({ services }, readParams(''));

    renderWithServices(<>{view}</>, services);
    const language = screen.getByRole('combobox', { name: 'Language of messages to the customer' });
    expect((language as HTMLSelectElement).value).toBe('fi');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('does not hold the first render longer than a moment for a slow store: the pane shows it is loading, then the plan', async () => {
    await store.create(recorded);
    const findBySource = store.findBySource.bind(store);
    vi.spyOn(store, 'findBySource').mockImplementation(
      (key) => new Promise((resolve) => setTimeout(() => resolve(findBySource(key)), 1_000)),
    );
    const services = testServices({ store, item: email });
    const started = performance.now();
    const view = await taskPaneView({ services }, readParams(''));
    expect(performance.now() - started).toBeLessThan(900);

    renderWithServices(<>{view}</>, services);
    expect(screen.getByRole('progressbar')).toBeTruthy();
    await act(() => new Promise((resolve) => setTimeout(resolve, 1_100)));
    expect(await screen.findByRole('heading', { name: 'Plan' })).toBeTruthy();
  });
});
