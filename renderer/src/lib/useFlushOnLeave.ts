/**
 * Writes pending work when the page may be about to go: unload, tab hidden, window closed. Draft writes are
 * spaced up to 150 ms apart, and these moments are when the last few keystrokes would otherwise be lost.
 */
import { useEffect } from 'react';

/** Calls `flush` on beforeunload, pagehide and when the page becomes hidden. */
export function useFlushOnLeave(flush: () => void): void {
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flush]);
}
