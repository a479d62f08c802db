import { useState } from "react";
import { Button, Dropdown, Field, Link, Option, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import { Notice } from "../../../components/Notice";
import { useScopedIds } from "../../../components/useScopedIds";
import { formatDay } from "../../../lib/dates";
import { useAgreement, useAnswerEnding, useEnding, useThank } from "../api/queries";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
});

/**
 * The end question, two weeks before the agreed end: extend (up to the agreed duration) or close, once each. Closing first
 * asks me to place myself once more on my objectives (the goals section, while the circle is still open) and to thank the
 * other member(s); then the circle closes.
 */
export function EndingCard({ circleId }: { circleId: string }) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t, locale } = useI18n();
  const view = useEnding(circleId);
  const agreement = useAgreement(circleId);
  const answer = useAnswerEnding(circleId);
  const thank = useThank(circleId);
  const [months, setMonths] = useState("1");
  const [closing, setClosing] = useState(false);
  const [thanks, setThanks] = useState<Record<string, string>>({});
  const headingId = scoped(`ending-${circleId}`);
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorView error={view.error} onRetry={() => view.refetch()} />;
  const ending = view.data;
  if (!ending.open && !ending.myChoice && !ending.closed) return null;
  const others = (agreement.data?.members ?? []).filter((m) => !m.me);

  const close = async () => {
    for (const other of others) {
      const what = thanks[other.personId]?.trim();
      if (what) await thank.mutateAsync({ to: other.personId, what });
    }
    answer.mutate({ choice: "close" });
  };

  return (
    <div className={styles.card} role="group" aria-labelledby={headingId}>
      <Text as="h4" block id={headingId} weight="semibold">{t("relationship.ending.heading")}</Text>
      {ending.closed ? <Notice intent="info" role="status">{t("relationship.ending.closed")}</Notice> : null}
      {!ending.closed && ending.myChoice === "extend"
        ? <Text block role="status">{t("relationship.ending.extendAsked", { months: String(ending.myMonths ?? 0) })}</Text> : null}
      {ending.open && !closing ? (
        <>
          <Text block>{t("relationship.ending.question", { date: ending.endsAt ? formatDay(ending.endsAt, locale) : "" })}</Text>
          <div className={styles.actions}>
            {ending.maxMonths > 0 ? (
              <>
                <Field label={t("relationship.ending.months")}>
                  <Dropdown value={t("relationship.agreement.months", { months })} selectedOptions={[months]} onOptionSelect={(_, d) => setMonths(d.optionValue ?? "1")}>
                    {Array.from({ length: ending.maxMonths }, (_, i) => String(i + 1)).map((m) => (
                      <Option key={m} value={m}>{t("relationship.agreement.months", { months: m })}</Option>
                    ))}
                  </Dropdown>
                </Field>
                <Button appearance="primary" disabled={answer.isPending} onClick={() => answer.mutate({ choice: "extend", months: Number(months) })}>
                  {t("relationship.ending.extend")}</Button>
              </>
            ) : null}
            <Button onClick={() => setClosing(true)}>{t("relationship.ending.close")}</Button>
          </div>
        </>
      ) : null}
      {ending.open && closing ? (
        <>
          <Text block weight="semibold">{t("relationship.ending.before")}</Text>
          <Text block>{t("relationship.ending.placeAgain")} <Link href="#goals">{t("relationship.ending.goalsLink")}</Link></Text>
          {others.map((o) => (
            <Field key={o.personId} label={t("relationship.ending.thank", { name: o.displayName })}>
              <Textarea value={thanks[o.personId] ?? ""} maxLength={2000} onChange={(_, d) => setThanks({ ...thanks, [o.personId]: d.value })} />
            </Field>
          ))}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={answer.isPending || thank.isPending} onClick={() => void close()}>{t("relationship.ending.confirmClose")}</Button>
            <Button onClick={() => setClosing(false)}>{t("relationship.agreement.cancel")}</Button>
          </div>
        </>
      ) : null}
      {thank.isError ? <ErrorView error={thank.error} /> : null}
      {answer.isError ? <ErrorView error={answer.error} /> : null}
    </div>
  );
}
