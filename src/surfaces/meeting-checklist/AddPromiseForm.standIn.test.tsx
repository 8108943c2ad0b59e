import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { HostItem } from '../../hosts/HostContext';
import { demoUser, teammates } from '../../hosts/browser/demoPeople';
import { createLocalStore } from '../../store/local';
import { renderWithServices, testServices } from '../../../tests/fixtures/renderWithServices';
import { MeetingChecklist } from './MeetingChecklist';

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

const meeting: Extract<HostItem, { kind: 'meeting' }> = {
  kind: 'meeting',
  iCalUId: 'ical-stand-in',
  subject: 'Weekly service review',
  organizer: demoUser,
  attendees: [demoUser, teammates.sam, teammates.noor],
  start: '2026-11-25T09:30:00.000Z',
  end: '2026-11-25T10:30:00.000Z',
  isOrganizer: true,
};

describe('AddPromiseForm while its pickers load', () => {
  it('takes typing in the stand-in and hands the focus, the text and the caret to the picker', async () => {
    const services = testServices({
      store: createLocalStore({ dbName: 'stand-in' }),
      now: new Date('2026-11-25T10:00:00Z'),
    });
    const user = userEvent.setup({ delay: null });
    renderWithServices(<MeetingChecklist meeting={meeting} />, services);
    const date = (await screen.findByLabelText(/Promised by/)) as HTMLInputElement;
    await waitFor(() => expect(date.value).not.toBe(''));

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
