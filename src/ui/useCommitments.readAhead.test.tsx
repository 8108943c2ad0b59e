import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { commitmentId } from '../domain/ids';
import { isComplete } from '../domain/listed';
import { aCommitment } from '../domain/testing/aCommitment';
import { createLocalStore } from '../store/local';
import { TEST_TEAM, testServices } from '../../tests/fixtures/renderWithServices';
import { ServicesProvider } from './services';
import { readAhead, readListedAhead, useCommitments, useListedCommitments } from './useCommitments';
import { readSettingsAhead, useTeamSettings } from './useTeamSettings';

function setUp(dbName: string) {
  const store = createLocalStore({ dbName });
  const list = vi.spyOn(store, 'list');
  const services = testServices({ store });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ServicesProvider services={services}>{children}</ServicesProvider>
  );
  return { store, list, wrapper };
}

const titles = (value: { state: string; value?: readonly { title: string }[] }) =>
  value.state === 'ready' ? value.value?.map((c) => c.title) : value.state;

describe('readAhead: the first screen’s read starts before the first render', () => {
  it('hands its answer to the hook that asks for the same query, which reads nothing itself', async () => {
    const { store, list, wrapper } = setUp('ahead-1');
    await store.create(aCommitment({ id: commitmentId('a'), teamId: TEST_TEAM, title: 'Early' }));
    readAhead(store, { kind: 'list', filter: { teamId: TEST_TEAM } });
    expect(list).toHaveBeenCalledTimes(1);

    const { result } = renderHook(() => useCommitments({ teamId: TEST_TEAM }), { wrapper });
    await waitFor(() => expect(titles(result.current)).toEqual(['Early']));
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('is thrown away when the store reports a change before the hook asks: the hook shows the change', async () => {
    const { store, list, wrapper } = setUp('ahead-2');
    await store.create(aCommitment({ id: commitmentId('a'), teamId: TEST_TEAM, title: 'Before' }));
    readAhead(store, { kind: 'list', filter: { teamId: TEST_TEAM } });
    await store.create(aCommitment({ id: commitmentId('b'), teamId: TEST_TEAM, title: 'After' }));

    const { result } = renderHook(() => useCommitments({ teamId: TEST_TEAM }), { wrapper });
    await waitFor(() => expect(titles(result.current)).toEqual(['Before', 'After']));
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('is used once: a later hook for the same query reads again, and another query never takes it', async () => {
    const { store, list, wrapper } = setUp('ahead-3');
    await store.create(aCommitment({ id: commitmentId('a'), teamId: TEST_TEAM, title: 'Only' }));
    readAhead(store, { kind: 'list', filter: { ownerEmail: 'nobody@contoso.example' } });

    const first = renderHook(() => useCommitments({ teamId: TEST_TEAM }), { wrapper });
    await waitFor(() => expect(titles(first.result.current)).toEqual(['Only']));
    expect(list).toHaveBeenCalledTimes(2);

    const mine = renderHook(() => useCommitments({ ownerEmail: 'nobody@contoso.example' }), { wrapper });
    await waitFor(() => expect(titles(mine.result.current)).toEqual([]));
    const again = renderHook(() => useCommitments({ ownerEmail: 'nobody@contoso.example' }), { wrapper });
    await waitFor(() => expect(titles(again.result.current)).toEqual([]));
    expect(list).toHaveBeenCalledTimes(3);
    act(() => {
      first.unmount();
      mine.unmount();
      again.unmount();
    });
  });

  it('an early read that has answered is shown by the first render, with no render more when the hook takes it', async () => {
    const { store, list, wrapper } = setUp('ahead-5');
    await store.create(aCommitment({ id: commitmentId('a'), teamId: TEST_TEAM, title: 'At once' }));
    await readAhead(store, { kind: 'list', filter: { teamId: TEST_TEAM } });

    const shown: unknown[] = [];
    const { result } = renderHook(
      () => {
        const value = useCommitments({ teamId: TEST_TEAM });
        shown.push(titles(value));
        return value;
      },
      { wrapper },
    );
    expect(shown[0]).toEqual(['At once']);
    const first = result.current.state === 'ready' ? result.current.value : undefined;
    // The hook's own effect takes the same answer: the state (and the array shown) stay as they were.
    await act(() => Promise.resolve());
    expect(result.current.state === 'ready' ? result.current.value : undefined).toBe(first);
    expect(shown.every((value) => JSON.stringify(value) === JSON.stringify(['At once']))).toBe(true);
    expect(shown).toHaveLength(1);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('a read started on a hint of intent is let go when nobody takes it in time', async () => {
    const { store, list, wrapper } = setUp('ahead-forget');
    await readAhead(store, { kind: 'list', filter: { teamId: TEST_TEAM } }, 20);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const { result } = renderHook(() => useCommitments({ teamId: TEST_TEAM }), { wrapper });
    expect(result.current.state).toBe('loading');
    await waitFor(() => expect(result.current.state).toBe('ready'));
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('a long list read ahead holds closed commitments as their heads, open ones in full, and is shown by the first render', async () => {
    const { store, list, wrapper } = setUp('ahead-listed');
    const open = await store.create(aCommitment({ id: commitmentId('open'), teamId: TEST_TEAM }));
    await store.create(
      aCommitment({ id: commitmentId('done'), teamId: TEST_TEAM, deliveredAt: '2026-11-20T10:00:00.000Z' }),
    );
    await readListedAhead(store, { teamId: TEST_TEAM });
    const { result } = renderHook(() => useListedCommitments({ teamId: TEST_TEAM }), { wrapper });
    const held = result.current.state === 'ready' ? result.current.value : [];
    expect(Object.fromEntries(held.map((c) => [c.id, isComplete(c)]))).toEqual({ open: true, done: false });
    expect(held.find((c) => c.id === open.id)).toEqual(open);
    await act(() => Promise.resolve());
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('the team’s settings read ahead are shown by the first render; a settings save before the hook asks throws them away', async () => {
    const { store, wrapper } = setUp('ahead-6');
    const getSettings = vi.spyOn(store, 'getSettings');
    const before = await readSettingsAhead(store, TEST_TEAM);
    const first = renderHook(() => useTeamSettings(), { wrapper });
    expect(first.result.current.state).toBe('ready');
    await act(() => Promise.resolve());
    expect(getSettings).toHaveBeenCalledTimes(1);
    first.unmount();

    const early = readSettingsAhead(store, TEST_TEAM);
    await early;
    await store.saveSettings({ ...before, defaultCadenceDays: 9 });
    const later = renderHook(() => useTeamSettings(), { wrapper });
    expect(later.result.current.state).toBe('loading');
    await waitFor(() =>
      expect(later.result.current.state === 'ready' && later.result.current.value.defaultCadenceDays).toBe(9),
    );
    later.unmount();
  });

  it('a failed early read is not an unhandled rejection; the hook shows the failure as its own read would', async () => {
    const { store, list, wrapper } = setUp('ahead-4');
    list.mockRejectedValueOnce(new Error('disk full'));
    readAhead(store, { kind: 'list', filter: { teamId: TEST_TEAM } });
    const { result } = renderHook(() => useCommitments({ teamId: TEST_TEAM }), { wrapper });
    await waitFor(() => expect(result.current.state).toBe('error'));
    act(() => result.current.reload());
    await waitFor(() => expect(titles(result.current)).toEqual([]));
  });
});
