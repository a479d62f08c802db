import { Text } from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/catalog";
import { ErrorView, Loading } from "../../../components/StateViews";
import { api } from "../../../lib/api-client";
import { matchingKeys } from "../api/queries";
import { useMatchingStyles } from "./styles";

/** GET cohorts/{id}/programme: each figure null (or left out) when it is about fewer than five people. */
interface Programme {
  objectivesWritten?: number | null;
  peopleWithObjectives?: number | null;
  medianTScoreStart?: number | null;
  medianTScoreNow?: number | null;
  pulsesAnswered?: number | null;
  lowPulseShare?: number | null;
  endedAsAgreed?: number | null;
  leftEarly?: number | null;
}

type Row = readonly [MessageKey, number | null | undefined, Intl.NumberFormatOptions];

const count: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const score: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
const share: Intl.NumberFormatOptions = { style: "percent", maximumFractionDigits: 0 };

/** The coordinator's programme view of one cohort (issue 23): objectives, median T-scores, pulses, endings — figures only.
 * Loaded when the coordinator opens it (ProgrammeToggle): one view reads 2 + 3 Table partitions per circle of the cohort. */
export default function ProgrammeFigures({ cohortId, locale, fewerThan, labelledBy }: { cohortId: string; locale: string; fewerThan: number; labelledBy: string }) {
  const styles = useMatchingStyles();
  const { t } = useI18n();
  const programme = useQuery({ queryKey: [...matchingKeys.cohort(cohortId), "programme"], queryFn: () => api<Programme>(`cohorts/${cohortId}/programme`) });

  if (programme.isPending) return <Loading />;
  if (programme.isError) return <ErrorView error={programme.error} onRetry={() => programme.refetch()} />;

  const p = programme.data;
  const rows: Row[] = [
    ["matching.programme.objectives", p.objectivesWritten, count],
    ["matching.programme.people", p.peopleWithObjectives, count],
    ["matching.programme.tStart", p.medianTScoreStart, score],
    ["matching.programme.tNow", p.medianTScoreNow, score],
    ["matching.programme.pulses", p.pulsesAnswered, count],
    ["matching.programme.lowShare", p.lowPulseShare, share],
    ["matching.programme.endedAsAgreed", p.endedAsAgreed, count],
    ["matching.programme.leftEarly", p.leftEarly, count],
  ];
  // A figure about fewer than five people is not sent: the page says so rather than showing 0.
  const value = (n: number | null | undefined, format: Intl.NumberFormatOptions) =>
    n == null ? t("matching.programme.notShown", { count: fewerThan }) : new Intl.NumberFormat(locale, format).format(n);

  return (
    <div className={styles.part}>
      <Text as="p">{t("matching.programme.intro", { count: fewerThan })}</Text>
      <table className={styles.table} aria-labelledby={labelledBy}>
        <tbody>
          {rows.map(([label, n, format]) => (
            <tr key={label}>
              <th scope="row">{t(label)}</th>
              <td>{value(n, format)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text as="p" size={200}>{t("matching.programme.tExplained")}</Text>
    </div>
  );
}
