/** How long one slice of work may hold the main thread: under a frame, so input and painting go on. */
const SLICE_MS = 8;
/** How many items between looks at the clock (a look costs more than mapping one item). */
const LOOK_EVERY = 64;

/**
 * Gives the browser a turn (input, painting) before the next slice: scheduler.yield() where the
 * browser has it (the rest of the work keeps its place ahead of other tasks), else a message to
 * ourselves, which unlike setTimeout is not clamped to 4 ms when repeated.
 */
function nextTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `items.map(map)`, in slices of at most about 8 ms with the browser's turn between them: a read of
 * 10,000 commitments no longer holds the page for 40 ms and more while each is checked and
 * normalised, so what is already on screen paints and answers input meanwhile.
 */
export async function mapInSlices<T, U>(
  items: readonly T[],
  map: (item: T) => U,
  now: () => number = () => performance.now(),
): Promise<U[]> {
  const mapped: U[] = [];
  let sliceStart = now();
  for (let i = 0; i < items.length; i += 1) {
    if (i % LOOK_EVERY === 0 && i > 0 && now() - sliceStart > SLICE_MS) {
      await nextTurn();
      sliceStart = now();
    }
    mapped.push(map(items[i] as T));
  }
  return mapped;
}
