import { lazy, Suspense, useId, type ReactNode } from "react";
import { Button, Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n";
import { ApiError } from "../lib/api-client";
import { describeFailure } from "./describeFailure";
// Only a page refused for consent needs it: not in every page's first download.
const ConsentPrompt = lazy(() => import("./ConsentPrompt").then((m) => ({ default: m.ConsentPrompt })));

const useStyles = makeStyles({
  // Fluent's Spinner (medium, label below) in its tokens: Spinner and Label are ~3 KB gzip in every page's first download.
  loading: { display: "flex", flexDirection: "column", alignItems: "center", gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalL },
  ring: {
    width: "32px", height: "32px", boxSizing: "border-box", borderRadius: tokens.borderRadiusCircular,
    ...shorthands.border("4px", "solid", tokens.colorBrandStroke2Contrast), borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "1.5s", animationIterationCount: "infinite", animationTimingFunction: "linear",
    "@media screen and (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
    "@media (forced-colors: active)": { ...shorthands.borderColor("ButtonFace"), borderTopColor: "Highlight" },
  },
  center: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXXL, alignItems: "flex-start" },
  // Fluent's MessageBar (intent error, multiline) in its tokens: MessageBar and its four intent icons cost ~4 KB gzip on
  // every page for the one look this app uses.
  alert: {
    display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, alignItems: "start",
    padding: `${tokens.spacingVerticalMNudge} ${tokens.spacingHorizontalM}`, borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusDangerBackground1, ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorStatusDangerBorder1),
    color: tokens.colorNeutralForeground1,
  },
  icon: { color: tokens.colorStatusDangerForeground1, flexShrink: 0 },
  body: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
});

export function Loading() {
  const styles = useStyles();
  const { t } = useI18n();
  const label = useId();
  return (
    <div role="progressbar" aria-labelledby={label} className={styles.loading}>
      <span className={styles.ring} />
      <Text id={label}>{t("state.loading")}</Text>
    </div>
  );
}

export function Empty({ title, body, action }: { title: string; body: string; action?: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.center} aria-label={title}>
      <Text as="h2" block size={500} weight="semibold">{title}</Text>
      <Text>{body}</Text>
      {action}
    </section>
  );
}

/**
 * What went wrong and what to do: consent, an unreachable API, a conflict, or the API's own (translated) problem detail.
 * `announced` when the failure is already said through the page's live region (an action's failure, see ActionError):
 * the box then carries no alert role, so a screen reader hears it once.
 */
export function ErrorView({ error, onRetry, announced }: { error: unknown; onRetry?: () => void; announced?: boolean }) {
  const styles = useStyles();
  const { t } = useI18n();
  const failure = error instanceof ApiError ? error.failure : undefined;
  const [title, body] = describeFailure(t, error);
  return (
    <div role={announced ? undefined : "alert"} className={styles.alert}>
      <svg className={styles.icon} aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="currentColor">
        {/* Fluent's ErrorCircle20Filled (the icon MessageBar shows for errors) */}
        <path d="M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16m0 10.5a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5M10 6a.5.5 0 0 0-.5.41v4.68a.5.5 0 0 0 1 0V6.41A.5.5 0 0 0 10 6" />
      </svg>
      <div className={styles.body}>
        <Text weight="semibold">{title}</Text>
        <Text>{body}</Text>
        {failure?.kind === "consent" && failure.byTeams ? <Suspense fallback={null}><ConsentPrompt onGranted={onRetry} /></Suspense> : null}
        {onRetry && failure?.kind !== "consent" && failure?.kind !== "noHost" ? (
          <Button appearance="transparent" onClick={onRetry}>{t("state.retry")}</Button>
        ) : null}
      </div>
    </div>
  );
}

export function NoHost() {
  const { t } = useI18n();
  return <Empty title={t("state.noHost.title")} body={t("state.noHost.body")} />;
}
