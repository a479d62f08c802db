import { useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/catalog";
import { ErrorView, Loading } from "../../../components/StateViews";
import { useScopedIds } from "../../../components/useScopedIds";
import { formatDay } from "../../../lib/dates";
import { useAgreement, useConfirmAgreement } from "../api/queries";
import { AgreementForm } from "./AgreementForm";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  signers: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** Our agreement: its terms, each member with the date they confirmed it, my "I confirm", and writing or changing it. */
export function AgreementCard({ circleId, peerGroup }: { circleId: string; peerGroup: boolean }) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t, locale } = useI18n();
  const view = useAgreement(circleId);
  const confirm = useConfirmAgreement(circleId);
  const [editing, setEditing] = useState(false);
  const headingId = scoped(`agreement-${circleId}`);
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorView error={view.error} onRetry={() => view.refetch()} />;
  const { agreement, members, confirmedByAll, endsAt } = view.data;
  const toConfirm = members.some((m) => m.me && !m.confirmedAt);

  return (
    <div className={styles.card} role="group" aria-labelledby={headingId}>
      <Text as="h4" block id={headingId} weight="semibold">{t("relationship.agreement.heading")}</Text>
      {!agreement && !editing ? <Text>{t("relationship.agreement.none")}</Text> : null}
      {agreement && !editing ? (
        <>
          <Text block>{t("relationship.agreement.terms", {
            frequency: t(`relationship.agreement.frequency.${agreement.frequency}` as MessageKey),
            months: String(agreement.totalMonths), communication: agreement.communication })}</Text>
          {agreement.rules ? <Text block>{t("relationship.agreement.rules")} : {agreement.rules}</Text> : null}
          <Text block>{t("relationship.agreement.confidentialTerm")} {t("relationship.agreement.version", { version: String(agreement.version) })}</Text>
          <ul className={styles.signers}>
            {members.map((m) => (
              <li key={m.personId}>{m.confirmedAt
                ? t("relationship.agreement.confirmedBy", { name: m.displayName, date: formatDay(m.confirmedAt, locale) })
                : t("relationship.agreement.waitingFor", { name: m.displayName })}</li>
            ))}
          </ul>
          {confirmedByAll && endsAt ? <Text block role="status">{t("relationship.agreement.inForce", { date: formatDay(endsAt, locale) })}</Text> : null}
          {confirm.isError ? <ErrorView error={confirm.error} /> : null}
          <div>
            {toConfirm ? <Button appearance="primary" disabled={confirm.isPending} onClick={() => confirm.mutate(agreement.version)}>
              {t("relationship.agreement.confirm")}</Button> : null}
            <Button onClick={() => setEditing(true)}>{t("relationship.agreement.change")}</Button>
          </div>
          <Text size={200}>{t("relationship.agreement.changedNote")}</Text>
        </>
      ) : null}
      {!agreement && !editing ? <div><Button appearance="primary" onClick={() => setEditing(true)}>{t("relationship.agreement.write")}</Button></div> : null}
      {editing ? <AgreementForm circleId={circleId} peerGroup={peerGroup} current={agreement ?? null} onDone={() => setEditing(false)} /> : null}
    </div>
  );
}
