import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { HostContext } from "../../../host/teams";
import { useI18n } from "../../../i18n/i18n";
import { formatSession } from "../../../lib/dates";
import { Empty, ErrorView, Loading } from "../../../components/StateViews";
import { AgendaPanel } from "../../agenda/components/AgendaPanel";
import { useMeetingCircle } from "../api/queries";
import { CodevSection } from "../../codev/components/CodevSection";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

/** The meeting side panel and details tab: this meeting's circle and its session's agenda, both kept live (members
 * prepare in the details tab while others add items). */
export function MeetingPage({ host }: { host: HostContext }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const meeting = useMeetingCircle(host.chatId);

  if (!host.chatId) return <Empty title={t("meeting.noMeeting.title")} body={t("meeting.noCircle.body")} />;
  if (meeting.isPending) return <Loading />;
  if (meeting.isError) return <ErrorView error={meeting.error} onRetry={() => meeting.refetch()} />;
  if (!meeting.data) return <Empty title={t("meeting.noCircle.title")} body={t("meeting.noCircle.body")} />;
  const { circleId, circleName, circleKind, session } = meeting.data;
  const codev = session && circleKind === "peerGroup" ? <CodevSection circleId={circleId} sessionId={session.id} onStage={host.frameContext === "meetingStage"} /> : null;
  // Shared to the meeting's stage, the page shows the co-développement view alone, for everyone in the meeting.
  if (host.frameContext === "meetingStage") return <main className={styles.page}>{codev}</main>;

  return (
    <main className={styles.page}>
      <Text as="h1" block size={500} weight="semibold">{circleName}</Text>
      {session ? (
        <>
          <Text>{t("meeting.session", { date: formatSession(session.start, locale) })}</Text>
          {codev}
          <AgendaPanel circleId={circleId} sessionId={session.id} live />
        </>
      ) : (
        <Text>{t("circles.noUpcoming")}</Text>
      )}
    </main>
  );
}
