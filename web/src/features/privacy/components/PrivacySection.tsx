import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger,
  Switch, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import type { SectionProps } from "../../personal/sections";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import { useErase, usePrivacyStatus, useSetPause } from "../api/privacy";
import { ErasureState } from "./ErasureState";
import { useScopedIds } from "../../../components/useScopedIds";
import { DownloadMyData } from "./DownloadMyData";

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
        {/* The dialog stays mounted after the erasure: unmounting an open modal leaves the page aria-hidden. */}
        <ErasureState erasure={status.data.erasure} progress={status.data.progress} asked={erase.isSuccess} />
        <Dialog modalType="alert">
          <DialogTrigger disableButtonEnhancement>
            {/* Focusable while disabled: the closing dialog gives focus back to it (a disabled button cannot take it, focus fell
                to the body), and focus back in the page is what lifts the modal's aria-hidden from it at once, not 250 ms later. */}
            <Button disabledFocusable={erase.isSuccess || erase.isPending}>
              {t(status.data.erasure === "running" ? "privacy.erase.resume" : "privacy.erase.action")}
            </Button>
          </DialogTrigger>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t("privacy.erase.confirm.title")}</DialogTitle>
              <DialogContent>
                <Text as="p" block>{t("privacy.erase.body")}</Text>
                <Text as="p" block weight="semibold">{t("privacy.erase.confirm.body")}</Text>
              </DialogContent>
              <DialogActions>
                <DialogTrigger disableButtonEnhancement>
                  <Button appearance="secondary">{t("privacy.erase.cancel")}</Button>
                </DialogTrigger>
                <DialogTrigger disableButtonEnhancement>
                  <Button appearance="primary" onClick={() => erase.mutate()}>{t("privacy.erase.confirm.action")}</Button>
                </DialogTrigger>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
        {erase.isError ? <ErrorView error={erase.error} /> : null}
      </section>
    </div>
  );
}
