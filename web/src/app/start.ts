import { configureApi, setTokenSource } from "../lib/api-client";
import { loadConfig } from "../lib/config";
import { connectToHost, HostUnavailableError, type HostContext } from "../host/teams";
import { signInAs } from "../host/teamsSignIn";
import { loadTheme, type LoadedTheme } from "./theme";
import { loadCatalog, type Catalog } from "../i18n/catalog";

export type Started = ({ ok: true; host: HostContext } | { ok: false; locale: string }) & { theme: LoadedTheme; catalog: Catalog };

/** Reads config.json, connects to the host, points the API client at the right base URL and language, loads the theme
 * and the messages of the host's language. */
export async function startApp(): Promise<Started | undefined> {
  const config = await loadConfig();
  const page = window.location.pathname.replace(/^\/tab\/?/, "").split("/")[0] ?? "";
  if (page.startsWith("taskpane")) {
    return startTaskPane(config.apiBaseUrl);
  }
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
  configureApi(config.apiBaseUrl, host.locale);
  const [theme, catalog] = await Promise.all([loadTheme(host.theme), loadCatalog(host.locale)]);
  return { ok: true, host, theme, catalog };
}

/** The Outlook task pane: Outlook (or the emulator's) is the host, and gives the API token. */
async function startTaskPane(apiBaseUrl: string): Promise<Started> {
  try {
    const { connectOutlook } = await import("../features/outlook/host/outlookHost");
    const outlook = await connectOutlook();
    setTokenSource(outlook.getAccessToken);
    configureApi(apiBaseUrl, outlook.locale);
    document.documentElement.lang = outlook.locale.slice(0, 2);
    const host: HostContext = {
      locale: outlook.locale, theme: "default", userId: outlook.userId, tenantId: outlook.tenantId, userName: outlook.userName,
      hostName: "Outlook", clientType: "web", loginHint: "", frameContext: "taskpane", chatId: undefined, meetingId: undefined,
    };
    const [theme, catalog] = await Promise.all([loadTheme("default"), loadCatalog(outlook.locale)]);
    return { ok: true, host, theme, catalog };
  } catch (e) {
    console.error(e);
    const [theme, catalog] = await Promise.all([loadTheme("default"), loadCatalog(navigator.language)]);
    return { ok: false, locale: navigator.language, theme, catalog };
  }
}
