import { configureApi, setTokenSource } from "../lib/api-client";
import { loadConfig } from "../lib/config";
import type { HostContext } from "../host/teams";
import { connectOffice } from "../features/outlook/host/officeHost";
import { setOutlookHost } from "../features/outlook/host/outlookHost";
import { loadTheme } from "./theme";
import { loadCatalog } from "../i18n/catalog";
import type { Started } from "./start";

/** The Outlook task pane (taskpane.html): Office.js is the host, and gives the API token (nested app authentication). */
export async function startPane(): Promise<Started> {
  const config = await loadConfig();
  try {
    const outlook = await connectOffice(config.apiScope);
    setOutlookHost(outlook);
    setTokenSource(outlook.getAccessToken);
    configureApi(config.apiBaseUrl, outlook.locale);
    document.documentElement.lang = outlook.locale.slice(0, 2);
    const host: HostContext = {
      locale: outlook.locale, theme: outlook.theme, userId: "", tenantId: "", userName: outlook.userName,
      hostName: "Outlook", clientType: "web", loginHint: "", frameContext: "taskpane", chatId: undefined, meetingId: undefined,
    };
    const [theme, catalog] = await Promise.all([loadTheme(outlook.theme), loadCatalog(outlook.locale)]);
    return { ok: true, host, theme, catalog };
  } catch (e) {
    console.error(e);
    const [theme, catalog] = await Promise.all([loadTheme("default"), loadCatalog(navigator.language)]);
    return { ok: false, locale: navigator.language, theme, catalog };
  }
}
