import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ActionError } from "../../../components/ActionError";
import { useAnnounce } from "../../../components/Announcer";
import { useCloseCommitment } from "../api/queries";
import type { Commitment } from "../api/types";
import { byAuthor } from "./author";
import { formatDate } from "../../../lib/dates";

const useStyles = makeStyles({ row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" } });

/**
 * A commitment; its author marks it done or dropped (nobody else can); a refusal is said under it. In an agenda it says who
 * made it; in my own list (`ownList`) every row is mine, so it says when it is due instead, and that it is late when it is.
 */
export function CommitmentRow({ circleId, sessionId, commitment: c, ownList = false, overdue = false }:
  { circleId: string; sessionId: string; commitment: Commitment; ownList?: boolean; overdue?: boolean }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const detail = !ownList ? byAuthor(t, c) : c.dueDate ? t(overdue ? "agenda.overdue" : "agenda.dueOn", { date: formatDate(c.dueDate, locale) }) : "";
  const state = c.state !== "open" ? t(c.state === "done" ? "agenda.state.done" : "agenda.state.dropped") : "";
  const announce = useAnnounce();
  const close = useCloseCommitment(circleId, sessionId);
  const closeAs = (state: "done" | "dropped") =>
    close.mutate({ commitment: c, state }, {
      onSuccess: () => announce(t("agenda.commitmentClosed", { text: c.text, state: t(state === "done" ? "agenda.state.done" : "agenda.state.dropped") })),
    });
  return (
    <>
      <div className={styles.row}>
        <Text>{c.text}</Text>
        {detail || state ? <Text size={200}>{[detail, state].filter(Boolean).join(" · ")}</Text> : null}
        {c.mine && c.state === "open" ? (
          <>
            <Button size="small" aria-label={t("agenda.markDone", { text: c.text })} disabledFocusable={close.isPending}
              onClick={() => closeAs("done")}>{t("agenda.done")}</Button>
            <Button size="small" appearance="subtle" aria-label={t("agenda.markDropped", { text: c.text })} disabledFocusable={close.isPending}
              onClick={() => closeAs("dropped")}>{t("agenda.dropped")}</Button>
          </>
        ) : null}
      </div>
      {close.isError ? <ActionError error={close.error} /> : null}
    </>
  );
}
