import { lazy, Suspense, useEffect } from "react";
import { useI18n } from "../i18n/i18n";
import type { HostContext } from "../host/teams";
import { Loading } from "../components/StateViews";

// Each page is its own chunk: the side panel never downloads the personal tab's forms and charts, and the reverse.
const PersonalTab = lazy(() => import("../features/personal/components/PersonalTab").then((m) => ({ default: m.PersonalTab })));
const MeetingPage = lazy(() => import("../features/meeting/components/MeetingPage").then((m) => ({ default: m.MeetingPage })));
const TaskPane = lazy(() => import("../features/outlook/components/TaskPane").then((m) => ({ default: m.TaskPane })));
const ConfigPage = lazy(() => import("../features/meeting/components/ConfigPage").then((m) => ({ default: m.ConfigPage })));

/** One HTML entry, three pages: the path says which (the manifest points each surface at its own path). */
export function PageRouter({ host }: { host: HostContext }) {
  const page = window.location.pathname.replace(/^\/tab\/?/, "").split("/")[0];
  const { t } = useI18n();
  useEffect(() => {
    // The window's title in the shown language (index.html's is French, for the instant before the page starts).
    document.title = t(page === "taskpane" ? "title.taskpane" : page === "meeting" ? "title.meeting" : page === "config" ? "title.config" : "title.personal");
  }, [page, t]);
  return (
    <Suspense fallback={<Loading />}>
      {page === "taskpane" ? <TaskPane /> : page === "meeting" ? <MeetingPage host={host} /> : page === "config" ? <ConfigPage /> : <PersonalTab host={host} />}
    </Suspense>
  );
}
