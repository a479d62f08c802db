import { configureApi } from "../lib/api-client";
import { loadConfig } from "../lib/config";
import { connectToHost, HostUnavailableError, type HostContext } from "../host/teams";
import { loadTheme, type LoadedTheme } from "./theme";

export type Started = ({ ok: true; host: HostContext } | { ok: false; locale: string }) & { theme: LoadedTheme };

/** Reads config.json, connects to the host, points the API client at the right base URL and language, loads the theme. */
export async function startApp(): Promise<Started> {
  const config = await loadConfig();
  try {
    const host = await connectToHost(config.hostOrigins);
    configureApi(config.apiBaseUrl, host.locale);
    document.documentElement.lang = host.locale.slice(0, 2);
    return { ok: true, host, theme: await loadTheme(host.theme) };
  } catch (e) {
    if (!(e instanceof HostUnavailableError)) console.error(e);
    return { ok: false, locale: navigator.language, theme: await loadTheme("default") };
  }
}
