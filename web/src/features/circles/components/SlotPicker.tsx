import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { formatSession, localDateAndTime, timeZone } from "../../../lib/dates";
import { ErrorView, Loading } from "../../../components/StateViews";
import { ActionError } from "../../../components/ActionError";
import { useFocusOnShow } from "../../../components/focus";
import { useScheduleCircle, useSlots } from "../api/queries";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The next times when every member is free (the API's proposal); picking one schedules the series there. */
export function SlotPicker({ circleId, onScheduled }: { circleId: string; onScheduled: () => void }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const slots = useSlots(circleId);
  const schedule = useScheduleCircle();
  // Opened by a button that then goes away (the card's "Planifier les séances"): focus continues at the slots' heading.
  const heading = useFocusOnShow<HTMLHeadingElement>();

  const pick = (start?: string) => {
    const when = start ? localDateAndTime(start) : undefined;
    schedule.mutate(
      { id: circleId, ...(when ? { cadence: { firstDate: when.date, startTime: when.time, timeZone: timeZone() } } : {}) },
      { onSuccess: onScheduled },
    );
  };

  return (
    <>
      <Text as="h2" block size={500} weight="semibold" tabIndex={-1} ref={heading}>{t("create.slots.heading")}</Text>
      {slots.isPending ? <Loading /> : null}
      {slots.isError ? <ErrorView error={slots.error} onRetry={() => slots.refetch()} /> : null}
      {slots.data?.length === 0 ? <Text>{t("create.slots.none")}</Text> : null}
      <ul className={styles.list}>
        {slots.data?.map((s) => (
          <li key={s.start}>
            <Button onClick={() => pick(s.start)} disabledFocusable={schedule.isPending}>
              {t("create.slots.pick", { date: formatSession(s.start, locale) })}
            </Button>
          </li>
        ))}
      </ul>
      <Button appearance="primary" onClick={() => pick()} disabledFocusable={schedule.isPending}>{t("create.slots.keep")}</Button>
      {schedule.isError ? <ActionError error={schedule.error} /> : null}
    </>
  );
}
