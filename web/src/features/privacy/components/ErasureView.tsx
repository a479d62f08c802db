import { Field, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import type { ErasureProgress, PrivacyStatus } from "../api/privacy";

export interface Props {
  erasure: PrivacyStatus["erasure"];
  progress?: ErasureProgress | null;
  /** The person asked for it in this page (a finished erasure found on arrival says nothing more). */
  asked: boolean;
}

/** What ErasureState shows once an erasure was asked: its progress, then its end (Fluent's ProgressBar and MessageBar). */
export function ErasureView({ erasure, progress, asked }: Props) {
  const { t } = useI18n();
  const done = progress?.done ?? 0;
  const total = Math.max(progress?.total ?? 0, 1);
  return (
    <>
      {erasure === "running" ? (
        <Field validationMessage={t("privacy.erase.progress", { done, total })} validationState="none">
          <ProgressBar value={Math.min(done / total, 1)} thickness="large" aria-label={t("privacy.erase.running")} />
        </Field>
      ) : null}
      {erasure === "running" ? <MessageBar intent="info"><MessageBarBody>{t("privacy.erase.running")}</MessageBarBody></MessageBar> : null}
      {erasure === "done" && asked ? <MessageBar intent="success"><MessageBarBody>{t("privacy.erase.done")}</MessageBarBody></MessageBar> : null}
    </>
  );
}
