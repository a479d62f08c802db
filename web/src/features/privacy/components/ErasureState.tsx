import { Field, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import type { ErasureProgress, PrivacyStatus } from "../api/privacy";

interface Props {
  erasure: PrivacyStatus["erasure"];
  progress?: ErasureProgress | null;
  /** The person asked for it in this page (a finished erasure found on arrival says nothing more). */
  asked: boolean;
}

/**
 * Where the erasure stands, in a live region: screen readers hear it advance and finish without moving focus. The erasure
 * is queued work on the server, so the page may be closed and opened again: it still shows how far it is.
 */
export function ErasureState({ erasure, progress, asked }: Props) {
  const { t } = useI18n();
  const done = progress?.done ?? 0;
  const total = Math.max(progress?.total ?? 0, 1);
  return (
    <div role="status" aria-live="polite">
      {erasure === "running" ? (
        <Field validationMessage={t("privacy.erase.progress", { done, total })} validationState="none">
          <ProgressBar value={Math.min(done / total, 1)} thickness="large" aria-label={t("privacy.erase.running")} />
        </Field>
      ) : null}
      {erasure === "running" ? <MessageBar intent="info"><MessageBarBody>{t("privacy.erase.running")}</MessageBarBody></MessageBar> : null}
      {erasure === "done" && asked ? <MessageBar intent="success"><MessageBarBody>{t("privacy.erase.done")}</MessageBarBody></MessageBar> : null}
    </div>
  );
}
