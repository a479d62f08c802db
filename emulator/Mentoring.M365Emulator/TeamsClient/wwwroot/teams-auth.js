// How the emulator's Teams client answers a tab's authentication.getAuthToken, and the faults a test can ask for in the URL
// (?tokenFault=once|timeout|expired), so each of the tab's recoveries can be seen.
import { tokensOf } from "./client-common.js";

const TEAMS_WEB_CLIENT_ID = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346"; // Teams web client's app id, as Entra sees it
export const teamsToken = tokensOf(TEAMS_WEB_CLIENT_ID);

/**
 * The tab's single sign-on token, as Teams gets it: refused with "resourceRequiresConsent" while the person's tenant has not
 * consented to the app (teams-js reports that string when the consent is missing: OfficeDev/microsoft-teams-library-js issue
 * 2252), else a token for the app's resource (webApplicationInfo.resource), from the cache until it expires ("The token is
 * acquired from the cache if it is not expired": learn.microsoft.com/javascript/api/@microsoft/teams-js/authentication).
 * Faults, each on the first call only: "once" fails as a passing network error does, "timeout" never answers (a host that
 * hangs), "expired" hands out a token that expired while the cache held it (a computer that slept).
 */
export function ssoTokenSource(user, app, fault) {
  let calls = 0;
  return async () => {
    calls += 1;
    if (fault === "timeout" && calls === 1) return new Promise(() => undefined);
    if (fault === "once" && calls === 1) throw new Error("Failed to fetch: the request to Microsoft Entra ID did not complete");
    const consent = await fetch(`/teams/api/consent?tenantId=${user.tenantId}&clientId=${app.webApplicationInfo.id}`).then((r) => r.json());
    if (!consent.granted) throw new Error("resourceRequiresConsent");
    if (fault === "expired" && calls === 1) return expiredToken(user, app);
    return teamsToken(user, `${app.webApplicationInfo.resource}/access_as_user`);
  };
}

// The emulator's test control mints it (/_emulator/tokens): the API's audience, Teams as the client, ten minutes past expiry.
async function expiredToken(user, app) {
  const body = { tenantId: user.tenantId, userId: user.id, audience: app.webApplicationInfo.id, clientId: TEAMS_WEB_CLIENT_ID, lifetimeSeconds: -600 };
  const response = await fetch("/_emulator/tokens", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return (await response.json()).accessToken;
}
