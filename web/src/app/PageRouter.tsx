import { lazy, Suspense } from "react";
import type { HostContext } from "../host/teams";
import { Loading } from "../components/StateViews";

// Each page is its own chunk: the side panel never downloads the personal tab's forms and charts, and the reverse.
const PersonalTab = lazy(() => import("../features/personal/components/PersonalTab").then((m) => ({ default: m.PersonalTab })));
const MeetingPage = lazy(() => import("../features/meeting/components/MeetingPage").then((m) => ({ default: m.MeetingPage })));
const ConfigPage = lazy(() => import("../features/meeting/components/ConfigPage").then((m) => ({ default: m.ConfigPage })));

/** One HTML entry, three pages: the path says which (the manifest points each surface at its own path). */
export function PageRouter({ host }: { host: HostContext }) {
  const page = window.location.pathname.replace(/^\/tab\/?/, "").split("/")[0];
  return (
    <Suspense fallback={<Loading />}>
      {page === "meeting" ? <MeetingPage host={host} /> : page === "config" ? <ConfigPage /> : <PersonalTab host={host} />}
    </Suspense>
  );
}
