import type { HostContext } from "../host/teams";
import { PersonalTab } from "../features/circles/components/PersonalTab";
import { MeetingPage } from "../features/meeting/components/MeetingPage";
import { ConfigPage } from "../features/meeting/components/ConfigPage";

/** One bundle, three pages: the path says which (the manifest points each surface at its own path). */
export function PageRouter({ host }: { host: HostContext }) {
  const page = window.location.pathname.replace(/^\/tab\/?/, "").split("/")[0];
  switch (page) {
    case "meeting":
      return <MeetingPage host={host} />;
    case "config":
      return <ConfigPage />;
    default:
      return <PersonalTab host={host} />;
  }
}
