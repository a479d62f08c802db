import { useEffect, useState, type ReactNode } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import { outlookHost, type SignInState } from "../host/outlookHost";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

/**
 * Renders the pane once Outlook gave the API token. Silently when the broker can; otherwise a button, because the broker's
 * sign-in is a popup and browsers open popups only on a user gesture.
 */
export function SignInGate({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const { t } = useI18n();
  const host = outlookHost();
  const [state, setState] = useState<SignInState | "checking" | "signingIn">("checking");
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    host.trySilentSignIn().then(setState, setError);
  }, [host]);

  function signIn() {
    setState("signingIn");
    setError(null);
    host.signIn().then(() => setState("signedIn"), (e: unknown) => { setState("needsGesture"); setError(e); });
  }

  if (state === "signedIn") return <>{children}</>;
  if (state === "checking") return <Loading />;
  return (
    <section className={styles.root} aria-labelledby="sign-in-title">
      <Text as="h1" size={500} weight="semibold" id="sign-in-title">{t("outlook.signIn.title")}</Text>
      <Text>{t("outlook.signIn.body")}</Text>
      {error ? <ErrorView error={error} /> : null}
      <Button appearance="primary" disabled={state === "signingIn"} onClick={signIn}>{t("outlook.signIn.button")}</Button>
    </section>
  );
}
