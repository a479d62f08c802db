import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { Pill } from "../../../components/Pill";
import { ActionError } from "../../../components/ActionError";
import { useAnnounce } from "../../../components/Announcer";
import { useMarkDiscussed } from "../api/queries";
import type { AgendaItem } from "../api/types";
import { kindLabel } from "./kinds";
import { byAuthor } from "./author";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  discussed: { textDecorationLine: "line-through" },
});

/**
 * One agenda item; the organizer ticks it off as discussed, everyone sees that it was. A refused tick (another organizer's
 * page changed it first, the API unreachable) is said under the row: the checkbox alone would just flip back.
 */
export function AgendaItemRow({ circleId, sessionId, item, canMark }: { circleId: string; sessionId: string; item: AgendaItem; canMark: boolean }) {
  const styles = useStyles();
  const { t } = useI18n();
  const announce = useAnnounce();
  const mark = useMarkDiscussed(circleId, sessionId);
  const toggle = (discussed: boolean) =>
    mark.mutate({ id: item.id, version: item.version, discussed }, {
      onSuccess: () => announce(t(discussed ? "agenda.markedDiscussed" : "agenda.markedOpen", { text: item.text })),
    });
  return (
    <>
      <div className={styles.row}>
        {canMark ? (
          <Checkbox checked={item.discussed} aria-label={t("agenda.markDiscussed", { text: item.text })}
            onChange={(_, d) => toggle(d.checked === true)} />
        ) : null}
        <Pill tone="brand">{kindLabel(t, item.kind)}</Pill>
        <Text className={item.discussed ? styles.discussed : undefined}>{item.text}</Text>
        <Text size={200}>{byAuthor(t, item)}</Text>
        {item.discussed && !canMark ? <Pill tone="success">{t("agenda.discussed")}</Pill> : null}
      </div>
      {mark.isError ? <ActionError error={mark.error} /> : null}
    </>
  );
}
