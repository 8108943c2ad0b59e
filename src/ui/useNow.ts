import { useEffect, useState } from 'react';
import { useServices } from './services';

/** The current time, re-read every `intervalMs` so statuses move on while a pane stays open. */
export function useNow(intervalMs = 60_000): Date {
  const { clock } = useServices();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(clock.now()), intervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') setNow(clock.now());
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [clock, intervalMs]);
  return now;
}
