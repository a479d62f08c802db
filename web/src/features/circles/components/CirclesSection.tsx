import { lazy, Suspense, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SectionProps } from "../../personal/sections";
import { useI18n } from "../../../i18n/i18n";
import { Empty, ErrorView, Loading } from "../../../components/StateViews";
import { useReturnFocus } from "../../../components/focus";
import { useMyCircles } from "../api/queries";
import { CircleCard } from "./CircleCard";
import { InvitationList } from "./InvitationList";
import { ProgressChart } from "./ProgressChart";
import { MyCommitments } from "../../agenda/components/MyCommitments";

// The form (people picker, slots) is loaded only when a person starts creating a circle.
const CreateCircleForm = lazy(() => import("./CreateCircleForm").then((m) => ({ default: m.CreateCircleForm })));

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalM },
  list: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(280px, 1fr))", gap: tokens.spacingHorizontalL, listStyle: "none", padding: 0, margin: 0 },
});

/** The circle a deep link to one of its sessions names (`session:{circle}:{session}`, the nudges' sub-entity), if any. */
function linkedCircle(subPageId: string | undefined): string | undefined {
  const [kind, circle] = subPageId?.split(":") ?? [];
  return kind === "session" ? circle : undefined;
}

/** The personal tab's first section "Mes cercles": my circles with their next session, creating a circle, my progress. */
export function CirclesSection({ host }: SectionProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const circles = useMyCircles();
  const [creating, setCreating] = useState(false);
  const trigger = useReturnFocus<HTMLButtonElement>(creating);

  const create = (
    <Button ref={trigger} appearance="primary" onClick={() => setCreating(true)}>{t("circles.create")}</Button>
  );

  return (
    <div className={styles.section}>
      <header className={styles.header}>
        <Text as="h1" block size={700} weight="semibold">{t("circles.heading")}</Text>
        {circles.data && circles.data.length > 0 && !creating ? create : null}
      </header>
      <InvitationList />
      {creating ? (
        <Suspense fallback={<Loading />}><CreateCircleForm host={host} onDone={() => setCreating(false)} /></Suspense>
      ) : null}
      {circles.isPending ? <Loading /> : null}
      {circles.isError ? <ErrorView error={circles.error} onRetry={() => circles.refetch()} /> : null}
      {circles.data?.length === 0 && !creating ? (
        <Empty title={t("circles.empty.title")} body={t("circles.empty.body")} action={create} />
      ) : null}
      {circles.data && circles.data.length > 0 ? (
        <>
          <ul className={styles.list} aria-label={t("circles.heading")}>
            {circles.data.map((c) => (
              <li key={c.id}><CircleCard circle={c} openAgenda={linkedCircle(host.subPageId) === c.id} /></li>
            ))}
          </ul>
          <MyCommitments />
          <ProgressChart />
        </>
      ) : null}
    </div>
  );
}
