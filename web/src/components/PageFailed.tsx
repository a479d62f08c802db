import { Button } from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n";
import { Empty } from "./StateViews";
import { forgetChunkReload } from "./chunkReload";

/** What the root error boundary shows: the page could not show itself, and a reload (the person's choice) may fix it. */
export function PageFailed() {
  const { t } = useI18n();
  const reload = () => {
    forgetChunkReload();
    window.location.reload();
  };
  return <Empty title={t("state.broken.title")} body={t("state.broken.body")} action={<Button onClick={reload}>{t("state.reload")}</Button>} />;
}
