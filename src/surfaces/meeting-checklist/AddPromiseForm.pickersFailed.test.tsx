import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderMeetingForm } from '../../../tests/fixtures/renderMeetingForm';

// The pickers' chunk cannot be fetched (offline, or a newer deployment replaced it), and the browser
// says so only when the test does, after something was typed.
const fetchFails = vi.hoisted(() => {
  let fail = () => {};
  const failed = new Promise<void>((resolve) => {
    fail = resolve;
  });
  return { failed, fail: () => fail() };
});
vi.mock('./PeoplePickers', async () => {
  await fetchFails.failed;
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('AddPromiseForm when its pickers cannot be loaded', () => {
  it('keeps the stand-ins, says so, keeps the focus and what was typed, and still adds the promise', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user, store } = await renderMeetingForm();
    await user.click(screen.getByRole('textbox', { name: /What was promised/ }));
    await user.keyboard('Send the Q3 figures');
    await user.click(screen.getByRole('textbox', { name: /To whom/ }));
    await user.keyboard('Sam');
    await act(async () => fetchFails.fail());

    expect(await screen.findByText(/The attendee lists could not be loaded/)).toBeTruthy();
    expect(logged).toHaveBeenCalled();
    const customer = screen.getByRole('textbox', { name: /To whom/ }) as HTMLInputElement;
    expect(document.activeElement).toBe(customer);
    await user.keyboard(' Rivera{Enter}');

    const row = await within(await screen.findByRole('list', { name: /1 promise/ })).findByRole('listitem');
    expect(row.textContent).toContain('Avery Chen promised Sam Rivera');
    const [stored] = await store.findBySource({ kind: 'meeting', iCalUId: 'ical-form' });
    expect(stored?.customer.email).toBe('sam.rivera@contoso.example');
    logged.mockRestore();
  });
});
