/** Deployment settings, read from the site's own config.json so one build serves every environment. */
export interface AppConfig {
  /** Where the API lives, e.g. "/api/" locally (same origin) or "https://func-….azurewebsites.net/api/" in Azure. */
  apiBaseUrl: string;
  /** Host origins besides Teams' own (the local emulator's Teams client is plain http). */
  hostOrigins: string[];
}

export async function loadConfig(): Promise<AppConfig> {
  try {
    const response = await fetch(new URL("config.json", document.baseURI), { cache: "no-store" });
    if (response.ok) {
      const json = (await response.json()) as Partial<AppConfig>;
      return { apiBaseUrl: json.apiBaseUrl ?? "/api/", hostOrigins: json.hostOrigins ?? [] };
    }
  } catch {
    // No config.json: the API is on the same origin.
  }
  return { apiBaseUrl: "/api/", hostOrigins: [] };
}
