import { Suspense, lazy } from "react";
import { ErrorView, Loading } from "../../../components/StateViews";
import { useEnding } from "../api/queries";

// The end question's form (choices, thanks, Fluent's Dropdown and Textarea) is loaded only when a circle is asked: most days
// none is, and the section's first screen stays within its page-weight budget.
const EndingCard = lazy(() => import("./EndingCard").then((m) => ({ default: m.EndingCard })));

/** The end question of a circle, once it is asked (or answered, or the circle closed by it); nothing otherwise. */
export function EndingWhenAsked({ circleId }: { circleId: string }) {
  const view = useEnding(circleId);
  if (view.isError) return <ErrorView error={view.error} onRetry={() => view.refetch()} />;
  const ending = view.data;
  if (!ending || (!ending.open && !ending.myChoice && !ending.closed)) return null;
  return (
    <Suspense fallback={<Loading />}>
      <EndingCard circleId={circleId} />
    </Suspense>
  );
}
