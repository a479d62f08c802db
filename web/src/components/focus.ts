import { useEffect, useRef, type RefObject } from "react";

/**
 * Moves focus to an element when it first shows (an opened form's first field or its heading), so a keyboard or screen
 * reader user continues where the form is rather than on the button that opened it (WCAG 2.4.3, focus order).
 */
export function useFocusOnShow<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/**
 * Puts focus back on the trigger when what it opened closes: the closed form's elements are gone, and focus would otherwise
 * fall to the page's start (WAI-ARIA APG, dialog pattern: "When a dialog closes, focus returns to the element that invoked it").
 */
export function useReturnFocus<T extends HTMLElement>(open: boolean): RefObject<T | null> {
  const trigger = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return trigger;
}
