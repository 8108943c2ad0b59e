import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { teamId } from '../domain/ids';
import { createLocalStore } from '../store/local';
import { StoreError, type CommitmentStore, type StoreProblem } from '../store/Store';
import { renderWithServices, testServices } from '../../tests/fixtures/renderWithServices';
import { StoreProblems } from './StoreProblems';

/** The local store never leaves anything out; give it problems the way the Graph store reports them. */
function withProblems(store: CommitmentStore, problems: StoreProblem[]): CommitmentStore {
  return Object.assign(Object.create(store) as CommitmentStore, { readProblems: async () => problems });
}

describe('StoreProblems', () => {
  it('shows nothing for a store that never leaves anything out', async () => {
    const { container } = renderWithServices(
      <StoreProblems />,
      testServices({ store: createLocalStore({ dbName: 'p1' }) }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.textContent).toBe('');
  });

  it('says how many list items were edited by hand and which columns, and which teams failed', async () => {
    const store = withProblems(createLocalStore({ dbName: 'p2' }), [
      { kind: 'unreadable-item', itemId: '7', column: 'KeptSteps', problem: 'is not JSON' },
      { kind: 'unreadable-item', itemId: '9', column: 'KeptSteps', problem: 'is not JSON' },
      {
        kind: 'team-unavailable',
        teamId: teamId('finance'),
        error: new StoreError('forbidden', 'not a member'),
      },
    ]);
    renderWithServices(<StoreProblems />, testServices({ store }));
    const banner = await screen.findByRole('status');
    expect(banner.textContent).toContain('Some commitments cannot be shown');
    expect(banner.textContent).toContain('2 items in the team’s Kept list were edited outside Kept');
    expect(banner.textContent).toContain('(columns KeptSteps)');
    expect(banner.textContent).toContain('The commitments of 1 of your teams could not be loaded');
    expect(banner.textContent).toContain('Ask a team owner to add you');
  });

  it('names the teams that have not set Kept up, and says nothing is created from here', async () => {
    const store = withProblems(createLocalStore({ dbName: 'p3' }), [
      { kind: 'team-not-set-up', teamId: teamId('group-finance'), teamName: 'Finance' },
    ]);
    renderWithServices(<StoreProblems />, testServices({ store }));
    const banner = await screen.findByRole('status');
    expect(banner.textContent).toContain('Kept is not set up yet in Finance');
    expect(banner.textContent).toContain('nothing is created from here');
  });

  it('says which commitment lost its email, so a missing follow-up flag is never silent', async () => {
    const store = withProblems(createLocalStore({ dbName: 'p4' }), [
      { kind: 'message-missing', commitmentId: 'c-1' as never, title: 'Desks for floor 3' },
    ]);
    renderWithServices(<StoreProblems />, testServices({ store }));
    const banner = await screen.findByRole('status');
    expect(banner.textContent).toContain('A follow-up flag can’t be kept');
    expect(banner.textContent).toContain('The email behind “Desks for floor 3” is no longer in your mailbox');
  });
});
