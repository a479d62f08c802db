import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import { useMyCommitments } from "../api/queries";
import { CommitmentRow } from "./CommitmentRow";
import { useScopedIds } from "../../../components/useScopedIds";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** My open commitments across my circles, each closable (done or dropped) from here. */
export function MyCommitments() {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t } = useI18n();
  const mine = useMyCommitments();

  return (
    <section aria-labelledby={scoped("commitments-heading")}>
      <Text as="h2" block id={scoped("commitments-heading")} size={500} weight="semibold">{t("commitments.heading")}</Text>
      {mine.isPending ? <Loading /> : null}
      {mine.isError ? <ErrorView error={mine.error} onRetry={() => mine.refetch()} /> : null}
      {mine.data?.length === 0 ? <Text as="p">{t("commitments.empty")}</Text> : null}
      <ul className={styles.list}>
        {mine.data?.map(({ circleId, circleName, commitment, overdue }) => (
          <li key={commitment.id}>
            <Text size={200}>{t("commitments.in", { circle: circleName })}</Text>
            <CommitmentRow circleId={circleId} sessionId={commitment.sessionId} commitment={commitment} ownList overdue={overdue} />
          </li>
        ))}
      </ul>
    </section>
  );
}
