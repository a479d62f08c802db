// The native side of the emulator's Teams mobile (see native-interface.js): runs in a hidden frame of the tab's page, takes
// the MessageChannel port the page hands it, and answers the tab's frameless messages as the Teams client answers a frame.
// ?user=…&locale=…&theme=…&tokenFault=… as for the Teams client page; clientType "android" (Teams' own value for its
// Android app: hostClientType, learn.microsoft.com/javascript/api/@microsoft/teams-js/hostclienttype).
import { TeamsSession } from "./teams-host.js";
import { ssoTokenSource } from "./teams-auth.js";

const params = new URLSearchParams(location.search);

async function start(port) {
  const [people, apps] = await Promise.all([fetch("/teams/api/people").then((r) => r.json()), fetch("/teams/api/apps").then((r) => r.json())]);
  const user = people.find((p) => p.userPrincipalName === params.get("user"));
  const app = apps[0];
  const tab = app.staticTabs[0];
  const session = new TeamsSession((message) => port.postMessage(message), {
    frameContext: "content",
    clientType: "android",
    context: () => ({
      locale: params.get("locale") || user.locale,
      theme: params.get("theme") || "default",
      userObjectId: user.id,
      userPrincipalName: user.userPrincipalName,
      loginHint: user.userPrincipalName,
      userDisplayName: user.displayName,
      tid: user.tenantId,
      entityId: tab.entityId,
      appSessionId: crypto.randomUUID(),
    }),
    getAuthToken: ssoTokenSource(user, app, params.get("tokenFault")),
  });
  port.onmessage = (event) => void session.handle(JSON.parse(event.data));
}

window.addEventListener("message", (event) => {
  if (event.data !== "teams-native" || event.source !== window.parent || !event.ports[0]) return;
  void start(event.ports[0]);
}, { once: false });
