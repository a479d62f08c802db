import { useCallback, useEffect, useState } from "react";

/**
 * The selected section, kept in the URL hash so a reload or a link (`…/tab/personal#circles`) opens the same one.
 * Selecting replaces the history entry instead of adding one: the host's back button should leave the tab, not walk
 * back through every tab the person clicked.
 */
export function useSectionHash(ids: readonly string[]): [string, (id: string) => void] {
  const read = useCallback(() => {
    const named = decodeURIComponent(window.location.hash.slice(1));
    return ids.includes(named) ? named : ids[0]!;
  }, [ids]);
  const [selected, setSelected] = useState(read);

  // The list changes once the person's roles are known: a hash naming a section that just appeared opens it.
  useEffect(() => setSelected(read()), [read]);

  useEffect(() => {
    const follow = () => setSelected(read());
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [read]);

  const select = useCallback((id: string) => {
    window.history.replaceState(window.history.state, "", `#${encodeURIComponent(id)}`);
    setSelected(id);
  }, []);
  return [selected, select];
}
