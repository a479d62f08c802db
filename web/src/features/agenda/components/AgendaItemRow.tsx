import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { Pill } from "../../../components/Pill";
import { useMarkDiscussed } from "../api/queries";
import type { AgendaItem } from "../api/types";
import { kindLabel } from "./kinds";
import { byAuthor } from "./author";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  discussed: { textDecorationLine: "line-through" },
});

/** One agenda item; the organizer ticks it off as discussed, everyone sees that it was. */
export function AgendaItemRow({ circleId, sessionId, item, canMark }: { circleId: string; sessionId: string; item: AgendaItem; canMark: boolean }) {
  const styles = useStyles();
  const { t } = useI18n();
  const mark = useMarkDiscussed(circleId, sessionId);
  return (
    <div className={styles.row}>
      {canMark ? (
        <Checkbox checked={item.discussed} aria-label={t("agenda.markDiscussed", { text: item.text })}
          onChange={(_, d) => mark.mutate({ id: item.id, version: item.version, discussed: d.checked === true })} />
      ) : null}
      <Pill tone="brand">{kindLabel(t, item.kind)}</Pill>
      <Text className={item.discussed ? styles.discussed : undefined}>{item.text}</Text>
      <Text size={200}>{byAuthor(t, item)}</Text>
      {item.discussed && !canMark ? <Pill tone="success">{t("agenda.discussed")}</Pill> : null}
    </div>
  );
}
