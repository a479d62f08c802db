import { useState } from "react";
import { Button, Text } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import { useSuggestions } from "../api/queries";
import { RequestForm } from "./RequestForm";
import { useMatchingStyles } from "./styles";
import { useScopedIds } from "../../../components/useScopedIds";

/** "Trouver un mentor": the suggestions, each with the API's sentence saying why, and the request form of the one asked. */
export function MentorFinder({ hasProfile }: { hasProfile: boolean }) {
  const scoped = useScopedIds();
  const styles = useMatchingStyles();
  const { t } = useI18n();
  const suggestions = useSuggestions(hasProfile);
  const [asking, setAsking] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState("");

  return (
    <section className={styles.part} aria-labelledby={scoped("matching-mentors")}>
      <Text as="h2" id={scoped("matching-mentors")} block size={500} weight="semibold">{t("matching.mentors.heading")}</Text>
      <Text role="status">{sentTo ? t("matching.request.sent", { name: sentTo }) : ""}</Text>
      {!hasProfile ? <Text as="p">{t("matching.mentors.needProfile")}</Text> : null}
      {hasProfile && suggestions.isPending ? <Loading /> : null}
      {suggestions.isError ? <ErrorView error={suggestions.error} onRetry={() => suggestions.refetch()} /> : null}
      {suggestions.data ? (
        <>
          <Text as="p">{suggestions.data.length === 0 ? t("matching.mentors.none") : t("matching.mentors.count", { count: suggestions.data.length })}</Text>
          <ul className={styles.list}>
            {suggestions.data.map((s) => (
              <li key={s.mentorId}><div role="group" className={styles.card} aria-labelledby={`mentor-${s.mentorId}`}>
                <Text as="h3" id={`mentor-${s.mentorId}`} block weight="semibold" size={400}>{s.displayName}</Text>
                <Text>{t("matching.mentors.details", { job: s.currentJob, years: s.yearsOfExperience, places: s.freePlaces, city: s.city })}</Text>
                <Text as="p" block italic>{s.why}</Text>
                {asking === s.mentorId
                  ? <RequestForm mentor={s} onDone={(sent) => { setAsking(null); if (sent) setSentTo(s.displayName); }} />
                  : <div><Button onClick={() => { setAsking(s.mentorId); setSentTo(""); }}>{t("matching.mentors.ask", { name: s.displayName })}</Button></div>}
              </div></li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
