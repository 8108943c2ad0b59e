import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { defaultTeamSettings } from '../store/defaultSettings';
import { commitmentId, teamId } from '../domain/ids';
import { TeamworkError } from '../hosts/HostContext';
import { createLocalStore } from '../store/local';
import { CommitmentDrawer } from '../surfaces/team-overview/drawer/CommitmentDrawer';
import type { ActivityOutcome } from '../ui/services';
import { renderWithServices, TEST_TEAM, testServices } from '../../tests/fixtures/renderWithServices';
import { ActivityNoticesHost } from './ActivityNoticesHost';

const notice = (name: string) => ({
  kind: 'reassigned' as const,
  to: { name, email: `${name.toLowerCase().replace(' ', '.')}@contoso.com` },
  commitmentId: commitmentId('c-1'),
  teamId: teamId('t-1'),
  title: 'Quarterly access review',
});

/** Services whose Teams notifications the test sends by hand (`emit`). */
function withActivity(dbName: string) {
  const listeners = new Set<(o: ActivityOutcome) => void>();
  const services = {
    ...testServices({ store: createLocalStore({ dbName }) }),
    activity: {
      subscribe: (l: (o: ActivityOutcome) => void) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    },
  };
  const emit = (o: ActivityOutcome) => act(() => listeners.forEach((l) => l(o)));
  return { services, emit };
}

/** The element itself and every ancestor: none may be hidden from assistive technology. */
const hiddenAncestor = (element: Element) => {
  for (let e: Element | null = element; e !== null; e = e.parentElement)
    if (e.getAttribute('aria-hidden') === 'true' || e.hasAttribute('inert')) return e;
  return undefined;
};

// Fluent's modalizer hides what is outside an open modal a moment after it opens (250 ms in jsdom).
const afterModalizer = () => act(() => new Promise((resolve) => setTimeout(resolve, 400)));

describe('what became of Teams notifications, while the details drawer is open', () => {
  it('is announced and stays in the accessibility tree: a success as a status, a failure as an alert', async () => {
    const { services, emit } = withActivity('notices-modal');
    renderWithServices(
      <>
        <ActivityNoticesHost />
        <main>The overview</main>
        <CommitmentDrawer
          row={undefined}
          settings={defaultTeamSettings(TEST_TEAM, 'Test team', 'Europe/London')}
          open
          onClose={() => undefined}
          onConflict={() => undefined}
          narrow={false}
        />
      </>,
      services,
    );
    const drawer = await screen.findByRole('dialog');
    await afterModalizer();
    // The modal drawer hides the page behind it (the bug's condition).
    expect(hiddenAncestor(screen.getByText('The overview'))).toBeDefined();
    expect(hiddenAncestor(drawer)).toBeUndefined();

    await emit({ notice: notice('Noor Aziz'), ok: true });
    const status = await screen.findByRole('status', { hidden: true });
    await afterModalizer();
    await waitFor(() =>
      expect(status.textContent).toBe('Noor Aziz was told in Teams about “Quarterly access review”.'),
    );
    expect(hiddenAncestor(status)).toBeUndefined();
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('status')).toBe(status); // in the accessibility tree, by role

    await emit({ notice: notice('Sam Rivera'), ok: false, error: new TeamworkError('forbidden', '403') });
    const alert = await screen.findByRole('alert', { hidden: true });
    await afterModalizer();
    expect(alert.textContent).toContain('Sam Rivera was not told in Teams');
    expect(hiddenAncestor(alert)).toBeUndefined();
    expect(screen.getByRole('alert')).toBe(alert);
    // Focus stays in the drawer: the notices do not break its focus trap.
    expect(drawer.contains(document.activeElement)).toBe(true);
  });

  it('hides nothing and traps no focus when the user tabs into a notice with no modal open', async () => {
    const user = userEvent.setup({ delay: null });
    const { services, emit } = withActivity('notices-no-modal');
    renderWithServices(
      <>
        <ActivityNoticesHost />
        <main>
          <button>After the notices</button>
        </main>
      </>,
      services,
    );
    await emit({ notice: notice('Sam Rivera'), ok: false, error: new TeamworkError('throttled', '429') });
    const dismiss = await screen.findByRole('button', { name: 'Dismiss' });
    dismiss.focus();
    await afterModalizer();
    expect(hiddenAncestor(screen.getByText('After the notices'))).toBeUndefined();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After the notices' }));
  });
});
