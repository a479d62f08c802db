import { Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SectionProps } from "../../personal/sections";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import { useScopedIds } from "../../../components/useScopedIds";
import { useMyCircles } from "../api/queries";
import { AgreementCard } from "./AgreementCard";
import { PulseCard } from "./PulseCard";
import { EndingWhenAsked } from "./EndingWhenAsked";
import { InactivityCard } from "./InactivityCard";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  circle: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
});

/** "Accord et relation": per open circle I am in, our agreement (each confirms), the relationship pulse, the end question
 * near the agreed end, and the inactivity flag; a closed circle shows only how it ended. */
export function RelationshipSection(_: SectionProps) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t } = useI18n();
  const circles = useMyCircles();
  const all = circles.data ?? [];
  const open = all.filter((c) => c.status !== "closed");

  return (
    <section className={styles.section} aria-labelledby={scoped("relationship-heading")}>
      <Text as="h2" block id={scoped("relationship-heading")} size={500} weight="semibold">{t("relationship.heading")}</Text>
      <Text>{t("relationship.intro")}</Text>
      {circles.isPending ? <Loading /> : null}
      {circles.isError ? <ErrorView error={circles.error} onRetry={() => circles.refetch()} /> : null}
      {circles.data && open.length === 0 ? <Text>{t("relationship.noCircle")}</Text> : null}
      <ul className={styles.list}>
        {open.map((c) => (
          <li key={c.id}>
            <Card className={styles.circle} aria-labelledby={scoped(`relationship-circle-${c.id}`)}>
              <Text as="h3" block id={scoped(`relationship-circle-${c.id}`)} size={400} weight="semibold">{c.name}</Text>
              <InactivityCard circleId={c.id} />
              <EndingWhenAsked circleId={c.id} />
              <AgreementCard circleId={c.id} peerGroup={c.kind === "peerGroup"} />
              <PulseCard circleId={c.id} />
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
