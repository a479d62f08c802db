import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { useCloseCommitment } from "../api/queries";
import type { Commitment } from "../api/types";
import { byAuthor } from "./author";

const useStyles = makeStyles({ row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" } });

/** A commitment; its author marks it done or dropped (nobody else can). */
export function CommitmentRow({ circleId, sessionId, commitment: c }: { circleId: string; sessionId: string; commitment: Commitment }) {
  const styles = useStyles();
  const { t } = useI18n();
  const close = useCloseCommitment(circleId, sessionId);
  return (
    <div className={styles.row}>
      <Text>{c.text}</Text>
      <Text size={200}>{byAuthor(t, c)}{c.state !== "open" ? ` · ${t(c.state === "done" ? "agenda.state.done" : "agenda.state.dropped")}` : ""}</Text>
      {c.mine && c.state === "open" ? (
        <>
          <Button size="small" aria-label={t("agenda.markDone", { text: c.text })} disabledFocusable={close.isPending}
            onClick={() => close.mutate({ commitment: c, state: "done" })}>{t("agenda.done")}</Button>
          <Button size="small" appearance="subtle" aria-label={t("agenda.markDropped", { text: c.text })} disabledFocusable={close.isPending}
            onClick={() => close.mutate({ commitment: c, state: "dropped" })}>{t("agenda.dropped")}</Button>
        </>
      ) : null}
    </div>
  );
}
