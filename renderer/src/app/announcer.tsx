/**
 * One polite live region for the whole app: "Saved", "Draft set aside", search counts. A single region that
 * exists from the first render is announced reliably, unlike regions mounted together with their message.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

/** Provides announce() and renders the visually hidden live region. */
export function AnnouncerProvider({ children }: { children: ReactNode }): ReactNode {
  const [message, setMessage] = useState({ text: '', count: 0 });
  const announce = useCallback((text: string) => setMessage((m) => ({ text, count: m.count + 1 })), []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {/* The key re-creates the text node so the same message twice is announced twice. */}
        <span key={message.count}>{message.text}</span>
      </div>
    </AnnounceContext.Provider>
  );
}

/** Announces a message to screen readers without moving focus. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
