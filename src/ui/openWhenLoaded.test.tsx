import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, useState, type ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyTranslated } from './lazyTranslated';
import { openWhenLoaded, opensWhenLoaded, SHOW_LOADING_AFTER_MS, usePendingOpen } from './openWhenLoaded';

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

  it('a slow load says so after SHOW_LOADING_AFTER_MS, then opens on arrival, once', async () => {
    vi.useFakeTimers();
    const { View, arrive } = gated();
    const open = vi.fn();
    const slow = vi.fn();
    openWhenLoaded(View, open, slow);
    await vi.advanceTimersByTimeAsync(SHOW_LOADING_AFTER_MS - 1);
    expect(slow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(slow).toHaveBeenCalledTimes(1);
    expect(open).not.toHaveBeenCalled();
    arrive();
    await vi.advanceTimersByTimeAsync(0);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('a quick load opens with nothing said about loading, before or after', async () => {
    vi.useFakeTimers();
    const { View, arrive } = gated();
    const open = vi.fn();
    const slow = vi.fn();
    openWhenLoaded(View, open, slow);
    await vi.advanceTimersByTimeAsync(20);
    arrive();
    await vi.advanceTimersByTimeAsync(1000);
    expect(open).toHaveBeenCalledTimes(1);
    expect(slow).not.toHaveBeenCalled();
  });

  it('dropped before the code arrives, opens nothing and says nothing', async () => {
    vi.useFakeTimers();
    const { View, arrive } = gated();
    const open = vi.fn();
    const slow = vi.fn();
    const drop = openWhenLoaded(View, open, slow);
    await vi.advanceTimersByTimeAsync(20);
    drop();
    arrive();
    await vi.advanceTimersByTimeAsync(1000);
    expect(open).not.toHaveBeenCalled();
    expect(slow).not.toHaveBeenCalled();
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

  it('(the reason, not a check of this code) opened at once, the view suspends and its fallback shows', async () => {
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

/** A panel with two views loading on demand, as the task pane's actions are. */
function Panel({
  First,
  Second,
}: {
  First: ReturnType<typeof gated>['View'];
  Second: ReturnType<typeof gated>['View'];
}) {
  const opening = usePendingOpen();
  const [shown, setShown] = useState<'first' | 'second' | null>(null);
  return (
    <>
      <button onClick={() => opening.open(First, () => setShown('first'))}>First</button>
      <button onClick={() => opening.open(Second, () => setShown('second'))}>Second</button>
      <button onClick={() => opening.cancel()}>Something else</button>
      {opening.slow && <p>Loading</p>}
      {shown === 'first' && <First name="first" />}
      {shown === 'second' && <Second name="second" />}
    </>
  );
}

describe('usePendingOpen', () => {
  it('opens the last one asked for: an earlier one arriving later opens nothing', async () => {
    const first = gated();
    const second = gated();
    render(<Panel First={first.View} Second={second.View} />);
    fireEvent.click(screen.getByRole('button', { name: 'First' }));
    fireEvent.click(screen.getByRole('button', { name: 'Second' }));
    second.arrive();
    await settled();
    expect(screen.getByText('Hello second')).toBeTruthy();
    first.arrive();
    await settled();
    expect(screen.queryByText('Hello first')).toBeNull();
  });

  it('something else done meanwhile drops what was loading', async () => {
    const first = gated();
    render(<Panel First={first.View} Second={gated().View} />);
    fireEvent.click(screen.getByRole('button', { name: 'First' }));
    fireEvent.click(screen.getByRole('button', { name: 'Something else' }));
    first.arrive();
    await settled();
    expect(screen.queryByText('Hello first')).toBeNull();
  });

  it('shows that a slow view is loading, without suspending, until it opens', async () => {
    vi.useFakeTimers();
    const first = gated();
    render(<Panel First={first.View} Second={gated().View} />);
    fireEvent.click(screen.getByRole('button', { name: 'First' }));
    await act(() => vi.advanceTimersByTimeAsync(SHOW_LOADING_AFTER_MS));
    expect(screen.getByText('Loading')).toBeTruthy();
    first.arrive();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByText('Hello first')).toBeTruthy();
    expect(screen.queryByText('Loading')).toBeNull();
  });
});
