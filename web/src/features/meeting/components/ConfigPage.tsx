import { useEffect } from "react";
import { Text } from "@fluentui/react-components";
import { saveMeetingTabConfiguration } from "../../../host/teams";
import { useI18n } from "../../../i18n/i18n";

/** The meeting tab's configuration page: nothing to choose, the tab always shows the meeting's circle. */
export function ConfigPage() {
  const { t } = useI18n();
  useEffect(() => {
    void saveMeetingTabConfiguration(new URL("meeting", document.baseURI).toString());
  }, []);
  return <Text as="p">{t("meeting.heading")}</Text>;
}
