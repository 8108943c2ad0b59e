import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createLocalStore } from '../store/local';
import { renderWithServices, testServices } from '../../tests/fixtures/renderWithServices';
import { ToolDialog } from './ToolDialog';

function Tool() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Weekly digest</Button>
      <Button>Another tool</Button>
      {open && (
        <ToolDialog title="Weekly digest" onClose={() => setOpen(false)}>
          The digest
        </ToolDialog>
      )}
    </>
  );
}

describe('ToolDialog', () => {
  it('gives the focus back to the button that opened it, closed by Close or by Escape', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithServices(<Tool />, testServices({ store: createLocalStore({ dbName: `tool-${Math.random()}` }) }));
    const opener = screen.getByRole('button', { name: 'Weekly digest' });

    await user.click(opener);
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Weekly digest' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
