import { useCallback, useId } from "react";

/**
 * Ids unique to one rendering of a component (React's useId), for headings named by aria-labelledby: two agendas open in
 * the personal tab, or two panels of the same page, must never share an id (WCAG 4.1.1; a duplicate id names the wrong
 * region for a screen reader).
 */
export function useScopedIds(): (name: string) => string {
  const prefix = useId();
  return useCallback((name: string) => `${prefix}${name}`, [prefix]);
}
