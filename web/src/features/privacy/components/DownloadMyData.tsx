import { useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { pickLanguage } from "../../../i18n/catalog";
import { ErrorView } from "../../../components/StateViews";
import { fetchMyDataFile, save } from "../api/privacy";
import { canDownload } from "../api/myDataFile";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  shown: { width: "100%", height: "60vh", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
});

// New Teams saves the first download of a page load only: the second click is told so instead of silently losing its file.
let downloadedThisPageLoad = false;

/**
 * "Télécharger mes données": one file where the client can save one; where it cannot (Teams on phones), or once the one
 * download of this page load is spent, says so and offers to show the data here or copy its JSON.
 */
export function DownloadMyData({ clientType, disabled }: { clientType: string; disabled: boolean }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const [state, setState] = useState<"idle" | "busy" | "saved" | "copied" | "copyRefused" | Error>("idle");
  const [shown, setShown] = useState<string | null>(null);
  const fileName = pickLanguage(locale) === "en" ? "my-data.html" : "mes-donnees.html";
  const saves = canDownload(clientType) && !downloadedThisPageLoad;

  const run = async (action: (html: string) => Promise<void> | void) => {
    setState("busy");
    try {
      await action(await fetchMyDataFile(t("privacy.download.json")));
    } catch (e) {
      setState(e instanceof Error ? e : new Error(String(e)));
    }
  };
  const download = () => run((html) => {
    save(html, fileName);
    downloadedThisPageLoad = true;
    setState("saved");
  });
  const show = () => run((html) => {
    setShown(html);
    setState("idle");
  });
  const copy = () => run(async (html) => {
    const json = new DOMParser().parseFromString(html, "text/html").getElementById("mes-donnees-json")?.textContent ?? "";
    const copied = await navigator.clipboard.writeText(json).then(() => true, () => false);
    setState(copied ? "copied" : "copyRefused");
  });

  return (
    <>
      {!saves && state !== "saved" ? <Text as="p" block>{t(canDownload(clientType) ? "privacy.download.once" : "privacy.download.mobile")}</Text> : null}
      <div className={styles.actions}>
        {saves ? (
          <Button appearance="primary" disabled={state === "busy" || disabled} onClick={download}>{t("privacy.download.action")}</Button>
        ) : (
          <>
            <Button appearance="primary" disabled={state === "busy" || disabled} onClick={show}>{t("privacy.show.action")}</Button>
            <Button disabled={state === "busy" || disabled} onClick={copy}>{t("privacy.copy.action")}</Button>
          </>
        )}
      </div>
      <Text as="p" block role="status">
        {state === "saved" ? t("privacy.download.done", { file: fileName })
          : state === "copied" ? t("privacy.copy.done") : state === "copyRefused" ? t("privacy.copy.refused") : ""}
      </Text>
      {state instanceof Error ? <ErrorView error={state} /> : null}
      {/* No script runs in it (sandbox): the summary is the API's own HTML, shown as a document. */}
      {shown ? <iframe className={styles.shown} title={t("privacy.show.frame")} sandbox="" srcDoc={shown} /> : null}
    </>
  );
}
