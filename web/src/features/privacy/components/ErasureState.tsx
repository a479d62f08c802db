import { lazy, Suspense } from "react";
import type { Props } from "./ErasureView";

// The progress bar and the messages (Fluent's ProgressBar, MessageBar and its motion: ~8 KB gzip) are needed only once an
// erasure runs or ended: loaded then, not with the section's deep link (docs/teams-app.md).
const ErasureView = lazy(() => import("./ErasureView").then((m) => ({ default: m.ErasureView })));

/**
 * Where the erasure stands, in a live region: screen readers hear it advance and finish without moving focus. The erasure
 * is queued work on the server, so the page may be closed and opened again: it still shows how far it is. The region is
 * in the page from the start (a region added with its text is not announced); what it says comes with ErasureView.
 */
export function ErasureState(props: Props) {
  const shows = props.erasure === "running" || (props.erasure === "done" && props.asked);
  return (
    <div role="status" aria-live="polite">
      {shows ? <Suspense fallback={null}><ErasureView {...props} /></Suspense> : null}
    </div>
  );
}
