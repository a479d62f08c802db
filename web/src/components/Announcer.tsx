import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

// Visually hidden, still read: a live region that is display:none or aria-hidden is never announced. A plain style (no
// makeStyles rule) keeps it out of every page's CSS-in-JS.
const hidden = { position: "absolute", width: 1, height: 1, overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" } as const;

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

/**
 * The page's ONE polite live region: every confirmation and every failure of an action is said through it, so a screen
 * reader hears each once, in order, without a second region interrupting the first (WAI-ARIA 1.2, aria-live "polite"). It
 * is in the page from the first render: a region added together with its text is not announced by most screen readers.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [said, setSaid] = useState({ text: "", count: 0 });
  // A new node per message: the same text said twice (two saves in a row) is announced twice.
  const announce = useCallback<Announce>((text) => setSaid((s) => ({ text, count: s.count + 1 })), []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <div style={hidden} role="status" aria-live="polite" aria-atomic="true" data-announcer="">
        <span key={said.count}>{said.text}</span>
      </div>
    </AnnounceContext.Provider>
  );
}

/** Says a message through the page's live region (see {@link AnnouncerProvider}). */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
