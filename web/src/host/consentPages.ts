import { app, authentication } from "@microsoft/teams-js";
import type { AppConfig } from "../lib/config";

/**
 * The two pages of Teams' authentication window (see grantConsent): auth-start sends the window to Microsoft Entra ID's
 * consent prompt for the API's scope, auth-end tells Teams how it went (teams-js posts it to the window's opener, Teams, and
 * closes the window). The documented shape of a tab's consent fallback: learn.microsoft.com/microsoftteams/platform/tabs/
 * how-to/authentication/tab-sso-code ("auth-start" and "auth-end" pages). Returns false on any other page.
 */
export async function runConsentPage(page: string, config: AppConfig, hostOrigins: string[]): Promise<boolean> {
  if (page === "auth-start") {
    window.location.replace(consentUrl(config, new URLSearchParams(window.location.search)));
    return true;
  }
  if (page !== "auth-end") return false;
  await app.initialize(hostOrigins.length > 0 ? hostOrigins : undefined);
  const error = new URLSearchParams(window.location.search).get("error");
  if (error) authentication.notifyFailure(error);
  else authentication.notifySuccess();
  return true;
}

// The authorization request (learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow), prompt=consent.
function consentUrl(config: AppConfig, query: URLSearchParams): string {
  const scope = config.consentScope ?? "";
  const clientId = scope.split("/").at(-2) ?? "";
  const url = new URL(`${config.authority.replace(/\/$/, "")}/${query.get("tenant") ?? "organizations"}/oauth2/v2.0/authorize`);
  url.searchParams.set("client_id", clientId);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("redirect_uri", new URL("auth-end", document.baseURI).toString());
  url.searchParams.set("scope", scope);
  url.searchParams.set("prompt", "consent");
  url.searchParams.set("login_hint", query.get("loginHint") ?? "");
  return url.toString();
}
