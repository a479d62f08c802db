import { configureApi, setTokenSource } from "../lib/api-client";
import { loadConfig } from "../lib/config";
import { connectToHost, HostUnavailableError, type HostContext } from "../host/teams";
import { forgetApiToken, getApiToken, signInAs } from "../host/teamsSignIn";
import { loadTheme, type LoadedTheme } from "./theme";
import { loadCatalog, type Catalog } from "../i18n/catalog";

export type Started = ({ ok: true; host: HostContext } | { ok: false; locale: string }) & { theme: LoadedTheme; catalog: Catalog };

/** The Teams pages (index.html): reads config.json, connects to Teams, points the API client at the right base URL and
 * language, loads the theme and the messages of the host's language. The Outlook task pane starts in startPane.ts. */
export async function startApp(): Promise<Started | undefined> {
  const config = await loadConfig();
  const page = window.location.pathname.replace(/^\/tab\/?/, "").split("/")[0] ?? "";
  // Teams' authentication window: nothing to render, the page goes on to Entra ID or back to Teams.
  if (page === "auth-start" || page === "auth-end") {
    const { runConsentPage } = await import("../host/consentPages");
    await runConsentPage(page, config, config.hostOrigins);
    return undefined;
  }
  let host: HostContext;
  try {
    host = await connectToHost(config.hostOrigins);
  } catch (e) {
    if (!(e instanceof HostUnavailableError)) console.error(e);
    const [theme, catalog] = await Promise.all([loadTheme("default"), loadCatalog(navigator.language)]);
    return { ok: false, locale: navigator.language, theme, catalog };
  }
  signInAs(host.tenantId, host.loginHint);
  setTokenSource(getApiToken, forgetApiToken);
  configureApi(config.apiBaseUrl, host.locale);
  const [theme, catalog] = await Promise.all([loadTheme(host.theme), loadCatalog(host.locale)]);
  return { ok: true, host, theme, catalog };
}
