import { lazy, Suspense, useState } from "react";
import { Button, Switch, Text, makeStyles, tokens, useRestoreFocusTarget } from "@fluentui/react-components";
import type { SectionProps } from "../../personal/sections";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import { useErase, usePrivacyStatus, useSetPause } from "../api/privacy";
import { ErasureState } from "./ErasureState";
import { useScopedIds } from "../../../components/useScopedIds";
import { DownloadMyData } from "./DownloadMyData";

// The confirmation dialog (Fluent's Dialog and its motion: ~7 KB gzip) comes with the first click on "Effacer mes données…".
const EraseDialog = lazy(() => import("./EraseDialog").then((m) => ({ default: m.EraseDialog })));

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL, maxWidth: "720px" },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

/** The personal tab's section "Mes données": download everything, pause everything, erase everything (with a confirmation). */
export function PrivacySection({ host }: SectionProps) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t } = useI18n();
  const status = usePrivacyStatus();
  const pause = useSetPause();
  const erase = useErase();
  // null until first asked (the dialog's code is not loaded yet), then whether it is open.
  const [confirming, setConfirming] = useState<boolean | null>(null);
  // The dialog's trigger is outside it: Fluent's documented way to have the closed dialog give focus back to it.
  const restoreFocusHere = useRestoreFocusTarget();

  if (status.isPending) return <Loading />;
  if (status.isError) return <ErrorView error={status.error} onRetry={() => status.refetch()} />;
  const paused = status.data.paused;

  return (
    <div className={styles.section}>
      <Text as="h1" block size={700} weight="semibold">{t("privacy.section")}</Text>
      <Text as="p" block>{t("privacy.intro")}</Text>

      <section className={styles.part} aria-labelledby={scoped("privacy-download")}>
        <Text as="h2" id={scoped("privacy-download")} block size={500} weight="semibold">{t("privacy.download.heading")}</Text>
        <Text as="p" block>{t("privacy.download.body")}</Text>
        <DownloadMyData clientType={host.clientType} disabled={erase.isSuccess} />
      </section>

      <section className={styles.part} aria-labelledby={scoped("privacy-pause")}>
        <Text as="h2" id={scoped("privacy-pause")} block size={500} weight="semibold">{t("privacy.pause.heading")}</Text>
        <Switch checked={paused} disabled={pause.isPending} label={t("privacy.pause.label")} onChange={(_, d) => pause.mutate(d.checked)} />
        <Text as="p" block role="status">{t(paused ? "privacy.pause.on" : "privacy.pause.off")}</Text>
        {pause.isError ? <ErrorView error={pause.error} /> : null}
      </section>

      <section className={styles.part} aria-labelledby={scoped("privacy-erase")}>
        <Text as="h2" id={scoped("privacy-erase")} block size={500} weight="semibold">{t("privacy.erase.heading")}</Text>
        <Text as="p" block>{t("privacy.erase.body")}</Text>
        <ErasureState erasure={status.data.erasure} progress={status.data.progress} asked={erase.isSuccess} />
        {/* Focusable while disabled: the closing dialog gives focus back to it (a disabled button cannot take it, focus fell
            to the body), and focus back in the page is what lifts the modal's aria-hidden from it at once, not 250 ms later. */}
        <Button {...restoreFocusHere} aria-haspopup="dialog" disabledFocusable={erase.isSuccess || erase.isPending} onClick={() => setConfirming(true)}>
          {t(status.data.erasure === "running" ? "privacy.erase.resume" : "privacy.erase.action")}
        </Button>
        {/* Mounted from the first click on and then kept: unmounting an open modal leaves the page aria-hidden. */}
        {confirming !== null ? (
          <Suspense fallback={null}>
            <EraseDialog open={confirming} onOpenChange={setConfirming} onConfirm={() => erase.mutate()} />
          </Suspense>
        ) : null}
        {erase.isError ? <ErrorView error={erase.error} /> : null}
      </section>
    </div>
  );
}
