import { useEffect } from "react";
import { useI18n } from "../i18n/i18n";
import { useAnnounce } from "./Announcer";
import { ErrorView } from "./StateViews";
import { describeFailure } from "./describeFailure";

/**
 * An action's failure, shown where the person took it and said once through the page's live region: a checkbox that flips
 * back or a button that does nothing is otherwise all a person notices.
 */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [title, body] = describeFailure(t, error);
  useEffect(() => announce(`${title} ${body}`), [announce, title, body, error]);
  return <ErrorView error={error} announced />;
}
