import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderMeetingForm } from '../../../tests/fixtures/renderMeetingForm';

// The pickers' code arrives only when a test says so, as a slow network would deliver it.
const pickers = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  return { arrived, arrive: () => arrive() };
});
vi.mock('./PeoplePickers', async (importOriginal) => {
  await pickers.arrived;
  return importOriginal();
});

describe('AddPromiseForm while its pickers load', () => {
  it('takes typing in the stand-in and hands the focus, the text and the caret to the picker', async () => {
    const { user } = await renderMeetingForm();

    // The stand-ins: a field for the name that already takes typing, the owner shown as chosen.
    expect(screen.queryByRole('combobox')).toBeNull();
    const standIn = screen.getByRole('textbox', { name: /To whom/ }) as HTMLInputElement;
    expect((screen.getByRole('textbox', { name: /Who promised/ }) as HTMLInputElement).value).toBe('Avery Chen (me)');
    await user.click(standIn);
    await user.keyboard('Sm{ArrowLeft}');
    expect(standIn.value).toBe('Sm');

    await act(async () => pickers.arrive());
    const picker = (await screen.findByRole('combobox', { name: /To whom/ })) as HTMLInputElement;
    expect(document.activeElement).toBe(picker);
    expect(picker.value).toBe('Sm');
    // The caret stayed between the two letters: typing goes on where it was.
    await user.keyboard('a');
    expect(picker.value).toBe('Sam');
  });
});
