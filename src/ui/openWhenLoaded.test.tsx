import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, useState, type ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyTranslated } from './lazyTranslated';
import { openWhenLoaded, opensWhenLoaded } from './openWhenLoaded';

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

/** A component whose code arrives when the test says so. */
function gated() {
  let arrive: (component: ComponentType<{ name: string }>) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const View = lazyTranslated<{ name: string }>(
    () =>
      new Promise((resolve, reject) => {
        arrive = resolve;
        fail = reject;
      }),
  );
  return { View, arrive: () => arrive(Hello), fail: (error: Error) => fail(error) };
}

const settled = () => act(async () => undefined);

afterEach(() => {
  vi.useRealTimers();
});

describe('openWhenLoaded', () => {
  it('opens at once what has loaded', async () => {
    const View = lazyTranslated(async () => Hello);
    await View.preload();
    const open = vi.fn();
    openWhenLoaded(View, open);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('opens once the code arrives, not before, and only once', async () => {
    const { View, arrive } = gated();
    const open = vi.fn();
    openWhenLoaded(View, open);
    await settled();
    expect(open).not.toHaveBeenCalled();
    arrive();
    await settled();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('opens after a failed download too, so the component’s own load tries again and says why', async () => {
    const { View, fail } = gated();
    const open = vi.fn();
    openWhenLoaded(View, open);
    fail(new Error('offline'));
    await settled();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('with a time to show loading, a slow load opens it then (its fallback shows), and not again on arrival', async () => {
    vi.useFakeTimers();
    const { View, arrive } = gated();
    const open = vi.fn();
    openWhenLoaded(View, open, 300);
    await vi.advanceTimersByTimeAsync(299);
    expect(open).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(open).toHaveBeenCalledTimes(1);
    arrive();
    await vi.advanceTimersByTimeAsync(1000);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('a load within the time to show loading opens it on arrival, and the timer opens nothing after', async () => {
    vi.useFakeTimers();
    const { View, arrive } = gated();
    const open = vi.fn();
    openWhenLoaded(View, open, 300);
    await vi.advanceTimersByTimeAsync(20);
    arrive();
    await vi.advanceTimersByTimeAsync(0);
    expect(open).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(open).toHaveBeenCalledTimes(1);
  });
});

/** A button opening a lazily loaded view, the way the surfaces do, with or without waiting for it. */
function Opener({ View, wait }: { View: ReturnType<typeof gated>['View']; wait: boolean }) {
  const [open, setOpen] = useState(false);
  const props = wait ? opensWhenLoaded(View, () => setOpen(true)) : { onClick: () => setOpen(true) };
  return (
    <>
      <button {...props}>Open</button>
      <Suspense fallback={<p>Loading</p>}>{open && <View name="Priya" />}</Suspense>
    </>
  );
}

describe('opensWhenLoaded', () => {
  it('a click shows nothing until the code arrives, then the view: it never suspends, so there is nothing for React to hold back', async () => {
    const { View, arrive } = gated();
    render(<Opener View={View} wait />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await settled();
    expect(screen.queryByText('Loading')).toBeNull();
    arrive();
    await settled();
    expect(screen.getByText('Hello Priya')).toBeTruthy();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('(why) opened at once, the view suspends: its fallback shows, and a browser holds it there for 300 ms', async () => {
    const { View, arrive } = gated();
    render(<Opener View={View} wait={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByText('Loading')).toBeTruthy();
    arrive();
    // Under act(), React reveals at once; in a browser it waits out its throttle (measured in Chromium).
    expect(await screen.findByText('Hello Priya')).toBeTruthy();
  });

  it('starts loading when the pointer or the focus comes to the button', async () => {
    const { View } = gated();
    const preload = vi.spyOn(View, 'preload');
    render(<Opener View={View} wait />);
    fireEvent.pointerEnter(screen.getByRole('button', { name: 'Open' }));
    expect(preload).toHaveBeenCalledTimes(1);
    fireEvent.focus(screen.getByRole('button', { name: 'Open' }));
    expect(preload).toHaveBeenCalledTimes(2);
  });
});
