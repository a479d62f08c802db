import { lazy, Suspense, useState } from "react";
import { Button } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { Loading } from "../../../components/StateViews";

// The note editor (a text area, and a request for my note) is loaded when a person opens it: the side panel's first
// view is the agenda, and its page stays within the 150 KB budget.
const PrivateNote = lazy(() => import("./PrivateNote").then((m) => ({ default: m.PrivateNote })));

/** "Mes notes privées": a button that opens my private notes on the session below it. */
export function PrivateNoteDisclosure({ circleId, sessionId }: { circleId: string; sessionId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div>
      <Button appearance="secondary" aria-expanded={open} onClick={() => setOpen((o) => !o)}>{t("agenda.noteToggle")}</Button>
      {open ? (
        <Suspense fallback={<Loading />}><PrivateNote circleId={circleId} sessionId={sessionId} /></Suspense>
      ) : null}
    </div>
  );
}
