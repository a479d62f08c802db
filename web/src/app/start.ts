import { configureApi, setTokenSource } from "../lib/api-client";
import { loadConfig } from "../lib/config";
import { connectToHost, HostUnavailableError, type HostContext } from "../host/teams";

export type Started = { ok: true; host: HostContext } | { ok: false; locale: string };

/** Reads config.json, connects to the host and points the API client at the right base URL and language. */
export async function startApp(): Promise<Started> {
  const config = await loadConfig();
  if (window.location.pathname.replace(/^\/tab\/?/, "").startsWith("taskpane")) {
    return startTaskPane(config.apiBaseUrl);
  }
  try {
    const host = await connectToHost(config.hostOrigins);
    configureApi(config.apiBaseUrl, host.locale);
    document.documentElement.lang = host.locale.slice(0, 2);
    return { ok: true, host };
  } catch (e) {
    if (!(e instanceof HostUnavailableError)) console.error(e);
    return { ok: false, locale: navigator.language };
  }
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
      frameContext: "taskpane", chatId: undefined, meetingId: undefined,
    };
    return { ok: true, host };
  } catch (e) {
    console.error(e);
    return { ok: false, locale: navigator.language };
  }
}
