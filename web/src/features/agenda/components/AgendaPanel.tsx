import { useEffect, useRef } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import { useSessionAgenda } from "../api/queries";
import { AgendaItemRow } from "./AgendaItemRow";
import { AddItemForm } from "./AddItemForm";
import { CommitmentRow } from "./CommitmentRow";
import { NewCommitmentForm } from "./NewCommitmentForm";
import { PrivateNoteDisclosure } from "./PrivateNoteDisclosure";
import { useScopedIds } from "../../../components/useScopedIds";
import { Notice } from "../../../components/Notice";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** A session's agenda as the side panel shows it: items by section, commitments due and made, my private notes. */
export function AgendaPanel({ circleId, sessionId, live, focusHeading }: { circleId: string; sessionId: string; live: boolean; focusHeading?: boolean }) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t } = useI18n();
  const agenda = useSessionAgenda(circleId, sessionId, live);
  // Opened from "Préparer la prochaine séance", the agenda takes focus once it shows (the side panel's never does).
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = agenda.isSuccess;
  useEffect(() => {
    if (focusHeading && loaded) heading.current?.focus();
  }, [focusHeading, loaded]);

  if (agenda.isPending) return <Loading />;
  if (agenda.isError) return <ErrorView error={agenda.error} onRetry={() => agenda.refetch()} />;
  const a = agenda.data;
  const items = [...a.items].sort((x, y) => x.order - y.order);

  return (
    <div className={styles.panel}>
      {a.outlookMarkersLost ? <Notice intent="warning" role="status">{t("agenda.markersLost")}</Notice> : null}
      <section aria-labelledby={scoped("agenda-heading")}>
        <Text as="h2" block id={scoped("agenda-heading")} size={400} weight="semibold" tabIndex={-1}
          ref={focusHeading ? heading : undefined}>{t("agenda.heading")}</Text>
        {items.length === 0 ? <Text as="p">{t("agenda.empty")}</Text> : null}
        {a.sections.filter((s) => items.some((i) => s.kinds.includes(i.kind))).map((s) => (
          <section key={s.id} aria-label={s.title}>
            <Text as="h3" block size={300} weight="semibold">{s.title}</Text>
            <ul className={styles.list}>
              {items.filter((i) => s.kinds.includes(i.kind)).map((i) => (
                <li key={i.id}><AgendaItemRow circleId={circleId} sessionId={sessionId} item={i} canMark={a.isOrganizer} /></li>
              ))}
            </ul>
          </section>
        ))}
        {a.isOpen ? <AddItemForm circleId={circleId} sessionId={sessionId} /> : null}
      </section>
      <section aria-labelledby={scoped("due-heading")}>
        <Text as="h2" block id={scoped("due-heading")} size={400} weight="semibold">{t("agenda.due.heading")}</Text>
        {a.commitmentsDue.length === 0 ? <Text as="p">{t("agenda.due.empty")}</Text> : null}
        <ul className={styles.list}>
          {a.commitmentsDue.map((c) => <li key={c.id}><CommitmentRow circleId={circleId} sessionId={sessionId} commitment={c} /></li>)}
        </ul>
      </section>
      <section aria-labelledby={scoped("made-heading")}>
        <Text as="h2" block id={scoped("made-heading")} size={400} weight="semibold">{t("agenda.made.heading")}</Text>
        <ul className={styles.list}>
          {a.commitmentsMade.map((c) => <li key={c.id}><CommitmentRow circleId={circleId} sessionId={sessionId} commitment={c} /></li>)}
        </ul>
        <NewCommitmentForm circleId={circleId} sessionId={sessionId} />
      </section>
      <PrivateNoteDisclosure circleId={circleId} sessionId={sessionId} />
    </div>
  );
}
