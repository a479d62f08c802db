import { useState } from "react";
import { Button, Text } from "@fluentui/react-components";
import { useQueryClient } from "@tanstack/react-query";
import { useI18n } from "../i18n/i18n";
import { grantConsent } from "../host/teamsSignIn";

/**
 * "Give my consent": opens Teams' authentication window on the consent prompt (a click, so the host may open a window), then
 * asks every query of the page again. Says why when the window was closed or could not open.
 */
export function ConsentPrompt({ onGranted }: { onGranted?: () => void }) {
  const { t } = useI18n();
  const queries = useQueryClient();
  const [outcome, setOutcome] = useState<"cancelled" | "blocked" | null>(null);
  const ask = () => {
    setOutcome(null);
    grantConsent().then(() => {
      onGranted?.();
      void queries.refetchQueries({ type: "active" });
    }, (e: unknown) => setOutcome(String(e instanceof Error ? e.message : e).includes("CancelledByUser") ? "cancelled" : "blocked"));
  };
  return (
    <>
      <Button appearance="primary" onClick={ask}>{t("state.consent.action")}</Button>
      {outcome ? <Text>{t(outcome === "blocked" ? "state.consent.blocked" : "state.consent.cancelled")}</Text> : null}
    </>
  );
}
