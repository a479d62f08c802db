import { useI18n } from "../../../i18n/i18n";
import { formatSession } from "../../../lib/dates";
import { Notice } from "../../../components/Notice";
import type { SessionNotKept } from "../api/types";

/**
 * Tells the organizer which sessions they had moved or cancelled one by one a cadence change could not keep: Exchange
 * discards them with the change, the product re-applies what it can, and names the rest here (those still ahead).
 */
export function NotKeptNotice({ sessions }: { sessions: SessionNotKept[] | undefined }) {
  const { t, locale } = useI18n();
  const ahead = (sessions ?? []).filter((s) => Date.parse(s.start) > Date.now());
  if (ahead.length === 0) return null;
  const moved = ahead.filter((s) => !s.cancelled).map((s) => formatSession(s.start, locale));
  const cancelled = ahead.filter((s) => s.cancelled).map((s) => formatSession(s.originalStart, locale));
  return (
    <Notice intent="warning" role="status">
      {moved.length > 0 ? t("cadence.movedNotKept", { dates: moved.join(", ") }) : null}
      {moved.length > 0 && cancelled.length > 0 ? " " : null}
      {cancelled.length > 0 ? t("cadence.cancelledNotKept", { dates: cancelled.join(", ") }) : null}
    </Notice>
  );
}
