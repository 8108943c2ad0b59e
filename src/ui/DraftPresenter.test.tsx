import { Button } from '@fluentui/react-components';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderWithServices, testServices } from '../../tests/fixtures/renderWithServices';
import { createLocalStore } from '../store/local';
import { DraftDialog, useOpenDraft, type DraftResult } from './useOpenDraft';

afterEach(() => {
  vi.useRealTimers();
});

function Opener() {
  const open = useOpenDraft();
  const [result, setResult] = useState<DraftResult | 'none'>('none');
  return (
    <>
      <Button
        onClick={() => void open({ mode: 'new', subject: 'Plan', html: '<p>Plan</p>', text: 'Plan' }).then(setResult)}
      >
        Draft it
      </Button>
      <p>{`Draft: ${result}`}</p>
    </>
  );
}

it('loads the in-app draft in a plain browser once the page is idle, so the first draft opens at once', async () => {
  expect(DraftDialog.isLoaded()).toBe(false);
  const store = createLocalStore({ dbName: `draft-idle-${Math.random()}` });
  renderWithServices(<Opener />, testServices({ store }));
  await vi.waitFor(() => expect(DraftDialog.isLoaded()).toBe(true), { timeout: 10_000 });
  await userEvent.setup().click(screen.getByRole('button', { name: 'Draft it' }));
  // Asked at once, not awaited: a dialog still loading would be missing.
  expect(screen.getByRole('dialog', { hidden: true })).toBeTruthy();
  store.close();
});

it('settles when the in-app draft is closed, and leaves the page readable afterwards', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const store = createLocalStore({ dbName: 'draft-presenter' });
  renderWithServices(<Opener />, testServices({ store }));
  await user.click(screen.getByRole('button', { name: 'Draft it' }));
  const dialog = await screen.findByRole('dialog', { name: 'Draft for your customer' });
  // A person reads the draft for a while: the dialog hides the page behind it from screen readers.
  await act(async () => {
    vi.advanceTimersByTime(1000);
  });
  expect(screen.getByText(/^Draft:/).textContent).toBe('Draft: none');
  await user.click(within(dialog).getByRole('button', { name: 'Close' }));
  await act(async () => {
    vi.advanceTimersByTime(1000);
  });
  // The page behind is readable again (no aria-hidden left behind by the closed dialog).
  expect(screen.getByText(/^Draft:/).textContent).toBe('Draft: shown');
  // The focus goes back to what opened the draft, not to the page (nothing else here takes it).
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Draft it' }));
  store.close();
});
