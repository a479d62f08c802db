import { useEffect, useState } from "react";
import { Text } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";

/**
 * The phase's time left, counted here from the server's end time: `serverNow` (when the state was read) corrects this
 * device's clock, so every attendee's timer shows the same second whatever their clock says.
 */
export function CodevTimer({ endsAt, serverNow, readAt }: { endsAt: string; serverNow: string; readAt: number }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Date.parse(endsAt) - (Date.parse(serverNow) + (now - readAt));
  const seconds = Math.round(Math.abs(left) / 1000);
  const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return <Text as="p" role="timer" aria-live="off">{t(left >= 0 ? "codev.remaining" : "codev.overtime", { time })}</Text>;
}
