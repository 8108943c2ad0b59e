import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { commitmentId, teamId } from '../domain/ids';
import type { ActivityNotice } from '../domain/teamTools/activity';
import { TeamworkError } from '../hosts/HostContext';
import { createLocalStore } from '../store/local';
import { renderWithServices, testServices } from '../../tests/fixtures/renderWithServices';
import { ActivityNotices } from './ActivityNotices';
import type { ActivityOutcome } from './services';

const notice = (name: string): ActivityNotice => ({
  kind: 'reassigned',
  to: { name, email: `${name.toLowerCase().replace(' ', '.')}@contoso.com` },
  commitmentId: commitmentId('c-1'),
  teamId: teamId('t-1'),
  title: 'Quarterly access review',
});

function Notices({ initial }: { initial: readonly ActivityOutcome[] }) {
  const [outcomes, setOutcomes] = useState(initial);
  return (
    <ActivityNotices outcomes={outcomes} onDismiss={(gone) => setOutcomes((all) => all.filter((o) => o !== gone))} />
  );
}

describe('what became of Teams notifications', () => {
  it('a failed one says who was not told and why (throttled, refused), and that everything else was saved; it stays until dismissed', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithServices(
      <Notices
        initial={[
          { notice: notice('Sam Rivera'), ok: false, error: new TeamworkError('throttled', '429') },
          { notice: notice('Dana Park'), ok: false, error: new TeamworkError('forbidden', '403') },
          { notice: notice('Noor Aziz'), ok: true },
        ]}
      />,
      testServices({ store: createLocalStore({ dbName: 'notices' }) }),
    );
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      expect.stringContaining(
        'Sam Rivera was not told in Teams about “Quarterly access review”: Teams asked Kept to slow down; try again in a minute. Everything else was saved.',
      ),
      expect.stringContaining('Dana Park was not told in Teams about “Quarterly access review”: Microsoft 365 refused'),
    ]);
    expect(screen.getByRole('status').textContent).toBe('Noor Aziz was told in Teams about “Quarterly access review”.');
    await user.click(within(alerts[0]!).getByRole('button', { name: 'Dismiss' }));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });
});
