import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyTranslated, useLoaded } from './lazyTranslated';

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('lazyTranslated', () => {
  it('suspends while its code loads, then shows it', async () => {
    const View = lazyTranslated(async () => Hello);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <View name="Priya" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeTruthy();
    expect(await screen.findByText('Hello Priya')).toBeTruthy();
  });

  it('once preloaded, renders in the same commit with no fallback (React would hold a revealed one back)', async () => {
    const View = lazyTranslated(async () => Hello);
    expect(View.isLoaded()).toBe(false);
    await View.preload();
    expect(View.isLoaded()).toBe(true);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <View name="Priya" />
      </Suspense>,
    );
    expect(screen.queryByText('Loading')).toBeNull();
    expect(screen.getByText('Hello Priya')).toBeTruthy();
  });

  it('a failed download is tried again by the next preload', async () => {
    let attempts = 0;
    const View = lazyTranslated(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return Hello;
    });
    await expect(View.preload()).rejects.toThrow('offline');
    await View.preload();
    expect(View.isLoaded()).toBe(true);
    expect(attempts).toBe(2);
  });
});

describe('useLoaded', () => {
  it('answers false until the component can show without suspending, then true', async () => {
    const View = lazyTranslated(async () => Hello);
    const { result } = renderHook(() => useLoaded(View));
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
  });

  it('answers true at once with no component, and true after a failed load (the view’s own load retries)', async () => {
    expect(renderHook(() => useLoaded(undefined)).result.current).toBe(true);
    const Broken = lazyTranslated<{ name: string }>(() => Promise.reject(new Error('offline')));
    const { result } = renderHook(() => useLoaded(Broken));
    expect(result.current).toBe(false);
    await act(async () => {
      await Promise.resolve();
    });
    await waitFor(() => expect(result.current).toBe(true));
  });
});
