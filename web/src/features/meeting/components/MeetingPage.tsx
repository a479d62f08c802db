import { Avatar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { HostContext } from "../../../host/teams";
import { useI18n } from "../../../i18n/i18n";
import { formatSession } from "../../../lib/dates";
import { Empty, ErrorView, Loading } from "../../../components/StateViews";
import { useCircle } from "../../circles/api/queries";
import { roleLabel } from "../../circles/components/labels";
import { useMeetingCircle } from "../api/queries";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  members: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  member: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** The meeting side panel and details tab: this meeting's circle, its session and agenda. */
export function MeetingPage({ host }: { host: HostContext }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const meeting = useMeetingCircle(host.chatId);
  const circle = useCircle(meeting.data?.circleId);

  if (!host.chatId) return <Empty title={t("meeting.noMeeting.title")} body={t("meeting.noCircle.body")} />;
  if (meeting.isPending) return <Loading />;
  if (meeting.isError) return <ErrorView error={meeting.error} onRetry={() => meeting.refetch()} />;
  if (!meeting.data) return <Empty title={t("meeting.noCircle.title")} body={t("meeting.noCircle.body")} />;

  const now = Date.now();
  const sessions = meeting.data.series.sessions.filter((s) => s.state !== "cancelled");
  const session = sessions.find((s) => Date.parse(s.end) > now) ?? sessions[sessions.length - 1];

  return (
    <main className={styles.page}>
      {circle.isPending ? <Loading /> : null}
      {circle.isError ? <ErrorView error={circle.error} onRetry={() => circle.refetch()} /> : null}
      {circle.data ? (
        <>
          <Text as="h1" size={500} weight="semibold">{circle.data.name}</Text>
          {session ? <Text>{t("meeting.session", { date: formatSession(session.start, locale) })}</Text> : null}
          <Text>{t("meeting.objective", { objective: circle.data.objective })}</Text>
          <section aria-labelledby="agenda-heading">
            <Text as="h2" id="agenda-heading" size={400} weight="semibold">{t("meeting.agenda")}</Text>
            <Text as="p">{t("meeting.agenda.pending")}</Text>
          </section>
          <section aria-labelledby="members-heading">
            <Text as="h2" id="members-heading" size={400} weight="semibold">{t("meeting.members")}</Text>
            <ul className={styles.members}>
              {circle.data.members.map((m) => (
                <li key={m.personId} className={styles.member}>
                  <Avatar name={m.displayName} size={24} aria-hidden="true" />
                  <Text>{m.displayName} · {roleLabel(t, m.role)}</Text>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </main>
  );
}
