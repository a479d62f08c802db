import { useEffect } from "react";
import { Text } from "@fluentui/react-components";
import { saveMeetingTabConfiguration } from "../../../host/teams";
import { useI18n } from "../../../i18n/i18n";

/** The meeting tab's configuration page: nothing to choose, the tab always shows the meeting's circle. */
export function ConfigPage() {
  const { t } = useI18n();
  useEffect(() => {
    // The tab's name in the meeting is the one suggested here: the manifest's localization files cannot name a configurable tab.
    void saveMeetingTabConfiguration(new URL("meeting", document.baseURI).toString(), t("meeting.tabName"));
  }, [t]);
  return <Text as="p">{t("meeting.heading")}</Text>;
}
