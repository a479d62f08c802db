import { lazy, Suspense, useState } from "react";
import { Button, Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { formatSession } from "../../../lib/dates";
import { openExternal } from "../../../host/teams";
import { ErrorView, Loading } from "../../../components/StateViews";
import { useAnnounce } from "../../../components/Announcer";
import { Pill } from "../../../components/Pill";
import { Notice } from "../../../components/Notice";
import { NotKeptNotice } from "./NotKeptNotice";
import { useRetryCalendarAccess, useSessions } from "../api/queries";
import type { CircleSummary } from "../api/types";
import { kindLabel, roleLabel, statusLabel } from "./labels";

// The agenda's forms (inputs, select, text area) are loaded only when a person opens "Préparer la prochaine séance".
const AgendaPanel = lazy(() => import("../../agenda/components/AgendaPanel").then((m) => ({ default: m.AgendaPanel })));
// "Planifier les séances" offers the times when every member is free (or the circle's own cadence): loaded by that click.
const SlotPicker = lazy(() => import("./SlotPicker").then((m) => ({ default: m.SlotPicker })));

const useStyles = makeStyles({
  // Fluent's Card look (surface, shadow, radius; a border the high-contrast theme shows) without its code: Card brings
  // Tabster's focus groups, ~17 KB gzip on a page whose budget is 150 KB, for interactions this card does not have.
  card: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, height: "100%", boxSizing: "border-box",
    padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow4,
    backgroundColor: tokens.colorNeutralBackground1, ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorTransparentStroke),
  },
  title: { margin: 0 },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  badges: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/**
 * One of my circles: kind, my role, its next session in my time zone and the Teams link. `openAgenda`: a deep link named the
 * circle (a nudge "prepare the session"), so its next session's agenda opens at once.
 */
export function CircleCard({ circle, openAgenda = false }: { circle: CircleSummary; openAgenda?: boolean }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const series = useSessions(circle.id);
  const announce = useAnnounce();
  const [picking, setPicking] = useState(false);
  const scheduled = () => { setPicking(false); announce(t("circles.scheduledNamed", { name: circle.name })); };
  const retryAccess = useRetryCalendarAccess(circle.id);
  const next = series.data?.sessions.find((s) => s.state === "upcoming" && Date.parse(s.end) > Date.now());
  const [preparing, setPreparing] = useState(openAgenda);

  return (
    <div role="group" aria-label={circle.name} className={styles.card}>
      <Text as="h2" block weight="semibold" size={400} className={styles.title}>{circle.name}</Text>
      <div className={styles.body}>
        <div className={styles.badges}>
          <Pill tone="brand">{kindLabel(t, circle.kind)}</Pill>
          <Pill tone="outline">{roleLabel(t, circle.role)}</Pill>
          {circle.status !== "active" ? <Pill tone="warning">{statusLabel(t, circle.status)}</Pill> : null}
        </div>
        {series.isPending ? <Text>{t("circles.loadingSessions")}</Text> : null}
        {series.isError ? <ErrorView error={series.error} onRetry={() => series.refetch()} /> : null}
        {series.data === null ? (
          <>
            <Text>{t("circles.notScheduled")}</Text>
            {circle.status === "active" && !picking ? <Button onClick={() => setPicking(true)}>{t("circles.schedule")}</Button> : null}
            {picking ? <Suspense fallback={<Loading />}><SlotPicker circleId={circle.id} onScheduled={scheduled} /></Suspense> : null}
          </>
        ) : null}
        {series.data?.calendarAccessMessage ? (
          <>
            <Notice intent="warning" role="alert">{series.data.calendarAccessMessage}</Notice>
            <Button onClick={() => retryAccess.mutate()} disabledFocusable={retryAccess.isPending}>{t("calendarAccess.retry")}</Button>
          </>
        ) : null}
        {series.data ? <NotKeptNotice sessions={series.data.notKept} /> : null}
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
        {next && preparing ? (
          <Suspense fallback={<Loading />}><AgendaPanel circleId={circle.id} sessionId={next.id} live={false} focusHeading /></Suspense>
        ) : null}
      </div>
    </div>
  );
}
