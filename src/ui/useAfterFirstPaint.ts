import { useEffect, useState } from 'react';

/**
 * False while a component's first render is on its way to the screen, true once the browser has
 * painted it (at the earliest: the task after the first frame that follows the render's effects).
 * What renders only when this is true comes after that paint, so the rest of the page's first
 * render does not wait for it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // An animation frame runs just before the paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}
