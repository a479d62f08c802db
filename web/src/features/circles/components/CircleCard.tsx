import { useState } from "react";
import { Badge, Button, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AgendaPanel } from "../../agenda/components/AgendaPanel";
import { useI18n } from "../../../i18n/i18n";
import { formatSession } from "../../../lib/dates";
import { openExternal } from "../../../host/teams";
import { ErrorView } from "../../../components/StateViews";
import { useScheduleCircle, useSessions } from "../api/queries";
import type { CircleSummary } from "../api/types";
import { kindLabel, roleLabel, statusLabel } from "./labels";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  badges: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** One of my circles: kind, my role, its next session in my time zone and the Teams link. */
export function CircleCard({ circle }: { circle: CircleSummary }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const series = useSessions(circle.id);
  const schedule = useScheduleCircle();
  const next = series.data?.sessions.find((s) => s.state === "upcoming" && Date.parse(s.end) > Date.now());
  const [preparing, setPreparing] = useState(false);

  return (
    <Card aria-label={circle.name}>
      <CardHeader header={<Text as="h2" block weight="semibold" size={400}>{circle.name}</Text>} />
      <div className={styles.body}>
        <div className={styles.badges}>
          <Badge appearance="tint" color="brand">{kindLabel(t, circle.kind)}</Badge>
          <Badge appearance="outline">{roleLabel(t, circle.role)}</Badge>
          {circle.status !== "active" ? <Badge appearance="outline" color="warning">{statusLabel(t, circle.status)}</Badge> : null}
        </div>
        {series.isError ? <ErrorView error={series.error} onRetry={() => series.refetch()} /> : null}
        {series.data === null ? (
          <>
            <Text>{t("circles.notScheduled")}</Text>
            {circle.status === "active" ? (
              <Button onClick={() => schedule.mutate({ id: circle.id })} disabledFocusable={schedule.isPending}>
                {t("circles.schedule")}
              </Button>
            ) : null}
            {schedule.isError ? <ErrorView error={schedule.error} /> : null}
          </>
        ) : null}
        {series.data ? (
          <Text>{next ? t("circles.next", { date: formatSession(next.start, locale) }) : t("circles.noUpcoming")}</Text>
        ) : null}
        {series.data?.joinUrl ? (
          <Button appearance="primary" as="a" href={series.data.joinUrl} target="_blank" rel="noopener"
            onClick={(e) => { e.preventDefault(); openExternal(series.data!.joinUrl!); }}>
            {t("circles.join")}
          </Button>
        ) : null}
        {next ? (
          <Button appearance="secondary" aria-expanded={preparing} onClick={() => setPreparing((p) => !p)}>
            {t("circles.prepare")}
          </Button>
        ) : null}
        {next && preparing ? <AgendaPanel circleId={circle.id} sessionId={next.id} live={false} /> : null}
      </div>
    </Card>
  );
}
