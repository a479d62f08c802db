import type { IPublicClientApplication } from "@azure/msal-browser";

/**
 * Nested app authentication: MSAL asks Outlook (the broker) for the API's token, silently when it can, by a popup when the
 * person must act (learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in).
 * One MSAL client per page: each would otherwise keep its own cache and bridge.
 */
let client: Promise<IPublicClientApplication> | null = null;

function pca(clientId: string): Promise<IPublicClientApplication> {
  client ??= import("@azure/msal-browser").then(({ createNestablePublicClientApplication }) =>
    createNestablePublicClientApplication({ auth: { clientId, authority: "https://login.microsoftonline.com/common" } }));
  return client;
}

/** The app's client id, from its scope api://{domain}/{client id}/access_as_user (the registration's identifier URI). */
export function clientIdOf(scope: string): string {
  const clientId = scope.match(/\/([0-9a-f-]{36})\/[^/]+$/i)?.[1];
  if (!clientId) throw new Error(`the API scope ${scope} does not name the app's client id`);
  return clientId;
}

export async function silentToken(scope: string): Promise<string> {
  return (await (await pca(clientIdOf(scope))).acquireTokenSilent({ scopes: [scope] })).accessToken;
}

/** From a click only: the broker shows its sign-in, which browsers allow only on a user gesture. */
export async function popupToken(scope: string): Promise<string> {
  return (await (await pca(clientIdOf(scope))).acquireTokenPopup({ scopes: [scope] })).accessToken;
}
