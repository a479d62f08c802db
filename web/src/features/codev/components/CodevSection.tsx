import { lazy, Suspense } from "react";
import { addFeatureMessages } from "../../../i18n/catalog";

// The co-développement view and its messages come only with a peer group's meeting: the side panel's first download stays as it was.
const CodevPanel = lazy(() =>
  Promise.all([import("./CodevPanel"), import("../i18n").then(addFeatureMessages)]).then(([m]) => ({ default: m.CodevPanel })));

export function CodevSection(props: { circleId: string; sessionId: string; onStage: boolean }) {
  return (
    <Suspense fallback={null}>
      <CodevPanel {...props} />
    </Suspense>
  );
}
