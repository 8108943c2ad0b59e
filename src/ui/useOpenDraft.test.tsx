import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createLocalStore } from '../store/local';
import { renderWithServices, testServices } from '../../tests/fixtures/renderWithServices';
import type { DraftAudience } from './DraftDialog';
import { useOpenDraft } from './useOpenDraft';

function ShareButton() {
  const openDraft = useOpenDraft();
  return (
    <button
      type="button"
      onClick={() => void openDraft({ mode: 'reply', subject: 'Plan', html: '<p>Plan</p>', text: 'Plan' })}
    >
      Share plan
    </button>
  );
}

describe('DraftPresenter', () => {
  it('leaves the page visible to assistive technology after the draft dialog closes', async () => {
    const user = userEvent.setup();
    renderWithServices(<ShareButton />, testServices({ store: createLocalStore({ dbName: 'draft-test' }) }));
    await user.click(screen.getByRole('button', { name: 'Share plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Draft for your customer' });
    // Long enough for the focus manager to hide the page behind the modal (it does so after 250 ms).
    await new Promise((resolve) => setTimeout(resolve, 400));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(screen.getByRole('button', { name: 'Share plan' })).toBeTruthy();
  });
});

describe('the draft’s title says who it is for', () => {
  const sam = { name: 'Sam Data', email: 'sam@contoso.example' };
  function DraftFor({ audience }: { audience: DraftAudience | undefined }) {
    const openDraft = useOpenDraft();
    const draft = { mode: 'new', to: [sam], subject: 'Plan', html: '<p>Plan</p>', text: 'Plan' } as const;
    return (
      <button type="button" onClick={() => void openDraft(draft, audience)}>
        Draft it
      </button>
    );
  }

  it.each([
    [undefined, 'Draft for your customer'],
    ['customer', 'Draft for your customer'],
    ['colleague', 'Draft for Sam Data'],
    ['attendees', 'Draft for the meeting’s attendees'],
    ['team', 'Draft for your team'],
  ] as const)('%s: “%s”', async (audience, title) => {
    const user = userEvent.setup();
    renderWithServices(
      <DraftFor audience={audience} />,
      testServices({ store: createLocalStore({ dbName: 'draft-test' }) }),
    );
    await user.click(screen.getByRole('button', { name: 'Draft it' }));
    expect(await screen.findByRole('dialog', { name: title })).toBeTruthy();
  });
});
