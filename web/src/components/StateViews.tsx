import type { ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n";
import { ApiError } from "../lib/api-client";

const useStyles = makeStyles({
  center: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXXL, alignItems: "flex-start" },
});

export function Loading() {
  const { t } = useI18n();
  return <Spinner label={t("state.loading")} labelPosition="below" />;
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

/** What went wrong and what to do: consent, an unreachable API, or the API's own (translated) problem detail. */
export function ErrorView({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const failure = error instanceof ApiError ? error.failure : undefined;
  const [title, body] =
    failure?.kind === "consent" ? [t("state.consent.title"), t("state.consent.body")]
    : failure?.kind === "problem" ? [t("state.problem.title"), failure.detail]
    : [t("state.unreachable.title"), t("state.unreachable.body")];
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
        {onRetry && failure?.kind !== "consent" ? (
          <div><Button appearance="transparent" onClick={onRetry}>{t("state.retry")}</Button></div>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

export function NoHost() {
  const { t } = useI18n();
  return <Empty title={t("state.noHost.title")} body={t("state.noHost.body")} />;
}
