// Two editors on one plan in Graph mode (issue 12, defect 4): the task pane's edit form saves
// through the Graph store, whose PATCH carries If-Match; the fake answers 412 when the other user
// saved first (https://learn.microsoft.com/graph/api/listitem-update). Where both changed the same
// field the store gives the conflict back with the list's version; the form must merge that in
// and ask, never write back what the user did not touch.
import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Commitment } from '../../src/domain/types';
import type { GraphCommitmentStore } from '../../src/store/graph';
import { EmailPane } from '../../src/surfaces/taskpane/EmailPane';
import { createFakeGraph } from '../fakes/graph/fakeGraph';
import { aCommitmentFrom, anEmailItem } from '../fixtures/commitments';
import { renderWithServices, testServices, TEST_TEAM } from '../fixtures/renderWithServices';
import { storeFor } from './helpers';

// The part that shows someone else's save loads on demand: a busy machine may take a while.
const LOADED = { timeout: 10_000 };

let stores: GraphCommitmentStore[] = [];
afterEach(() => {
  for (const store of stores) store.close();
  stores = [];
  localStorage.clear();
});

describe('Edit plan in Graph mode, two editors', () => {
  it("on a 412 where both changed the title, shows both titles, and keeps the other editor's new date", async () => {
    const graph = createFakeGraph();
    const a = storeFor(graph, 'alexw@contoso.com');
    const b = storeFor(graph, 'meganb@contoso.com');
    stores = [a, b];
    const email = anEmailItem({
      subject: 'Desks for floor 3',
      from: { name: 'Priya Raman', email: 'priya@contoso.com' },
    });
    const created = await a.create(
      aCommitmentFrom(email, {
        teamId: TEST_TEAM,
        title: 'Desks for floor 3',
        targetDate: '2026-11-20',
        promisedDate: '2026-11-24',
      }),
    );

    const services = testServices({ store: a, now: new Date('2026-11-02T10:00:00Z'), item: email });
    const view = within(renderWithServices(<EmailPane email={email} />, services).container);
    const user = userEvent.setup();
    await user.click(await view.findByRole('button', { name: 'Edit plan' }));
    const form = within(await view.findByRole('form', { name: 'Edit the plan' }));
    const title = form.getByRole('textbox', { name: /what you promise/i });
    await user.clear(title);
    await user.type(title, 'Desks for floors 3 and 4');

    // Meanwhile the other user renames it and moves the target, from their own device.
    await b.sync();
    const theirs: Commitment = await b.get(created.id);
    await b.update({ ...theirs, title: 'Standing desks for floor 3', targetDate: '2026-11-19' });

    await user.click(form.getByRole('button', { name: 'Save changes' }));
    const question = await form.findByRole('radiogroup', { name: 'What you promise' }, LOADED);
    // It went to the list with the eTag the form was opened on, which the other save had made stale (412).
    const alexWrites = () =>
      graph.requests.filter((r) => r.method === 'PATCH' && r.headers['authorization']?.includes('alexw@') === true);
    expect(alexWrites().map((r) => r.headers['if-match'])).toEqual([expect.stringMatching(/,1"$/)]);
    const target = form.getByLabelText('Target date', { exact: false, selector: 'input' });
    expect(target).toHaveProperty('value', '2026-11-19');
    await user.click(within(question).getByRole('radio', { name: 'Yours Desks for floors 3 and 4' }));
    await user.click(form.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(view.queryByRole('form', { name: 'Edit the plan' })).toBeNull());

    expect(alexWrites().map((r) => r.headers['if-match'])).toEqual([
      expect.stringMatching(/,1"$/),
      expect.stringMatching(/,2"$/),
    ]);
    await b.sync();
    const after = await b.get(created.id);
    expect(after.title).toBe('Desks for floors 3 and 4');
    expect(after.targetDate).toBe('2026-11-19');
  });
});
