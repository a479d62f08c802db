/** Deployment settings, read from the site's own config.json so one build serves every environment. */
export interface AppConfig {
  /** Where the API lives, e.g. "/api/" locally (same origin) or "https://func-….azurewebsites.net/api/" in Azure. */
  apiBaseUrl: string;
  /** Host origins besides Teams' own (the local emulator's Teams client is plain http). */
  hostOrigins: string[];
  /** The API's delegated scope (api://…/{clientId}/access_as_user): the Outlook task pane asks for it by nested app authentication. */
  apiScope?: string;
  /** Microsoft Entra ID's address ("https://login.microsoftonline.com"; the emulator locally): where auth-start asks for consent. */
  authority: string;
  /** The scope the tab's consent page asks for: the API's access_as_user (the client id is the App ID URI's last segment). */
  consentScope?: string;
}

const entra = "https://login.microsoftonline.com";

export async function loadConfig(): Promise<AppConfig> {
  try {
    const response = await fetch(new URL("config.json", document.baseURI), { cache: "no-store" });
    if (response.ok) {
      const json = (await response.json()) as Partial<AppConfig>;
      return {
        apiBaseUrl: json.apiBaseUrl ?? "/api/", hostOrigins: json.hostOrigins ?? [], apiScope: json.apiScope,
        authority: json.authority ?? entra, consentScope: json.consentScope ?? json.apiScope,
      };
    }
  } catch {
    // No config.json: the API is on the same origin.
  }
  return { apiBaseUrl: "/api/", hostOrigins: [], authority: entra };
}
