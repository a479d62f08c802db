import { authentication } from "@microsoft/teams-js";
import { withTimeout } from "./teams";

/**
 * Why Teams gave no token, in the three cases the page treats differently: the person (or the tenant) has not consented to
 * the app, which `authentication.authenticate` can fix; a passing failure (network, a host slow to answer), which a retry
 * can fix; no host at all.
 */
export type SignInFailure = "consent" | "passing" | "noHost";

export class SignInError extends Error {
  constructor(readonly reason: SignInFailure, detail: string) {
    super(detail);
  }
}

// A host that has not answered by then will not: asked again once. Silent (below), so Teams never waits on a person.
const tokenTimeoutMs = 8_000;

// teams-js rejects getAuthToken with the host's reason as the message: "resourceRequiresConsent" when the consent is missing
// (OfficeDev/microsoft-teams-library-js issue 2252), Entra's own consent_required / AADSTS65001 (interaction_required) in
// some clients; the SDK's "not initialized" when there is no host.
const consentReasons = /resourceRequiresConsent|consent_required|AADSTS65001|interaction_required/i;
const noHostReasons = /has not yet been initialized|No Parent window found/i;

export function classifySignInFailure(detail: string): SignInFailure {
  if (consentReasons.test(detail)) return "consent";
  if (noHostReasons.test(detail)) return "noHost";
  return "passing";
}

let current: Promise<string> | undefined;
let person = { tenantId: "", loginHint: "" };

/** Who the consent page is for (the host's context, read at start). */
export function signInAs(tenantId: string, loginHint: string): void {
  person = { tenantId, loginHint };
}

/**
 * The API token by single sign-on, kept until the API refuses it ({@link forgetApiToken} after a 401): one request to the host
 * at a time. `silent`: Teams answers "resourceRequiresConsent" instead of opening its own prompt, so the page can offer
 * {@link grantConsent} on the person's click, where a popup is allowed.
 */
export function getApiToken(): Promise<string> {
  current ??= askWithOneRetry().catch((e: unknown) => {
    current = undefined;
    throw e;
  });
  return current;
}

export function forgetApiToken(): void {
  current = undefined;
}

async function askWithOneRetry(): Promise<string> {
  try {
    return await ask();
  } catch (e) {
    if (!(e instanceof SignInError) || e.reason !== "passing") throw e;
    return ask();
  }
}

async function ask(): Promise<string> {
  try {
    return await withTimeout(authentication.getAuthToken({ silent: true }), tokenTimeoutMs);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new SignInError(classifySignInFailure(detail), detail);
  }
}

/**
 * Opens Teams' authentication window on this app's consent page (auth-start, which goes on to Microsoft Entra ID's consent
 * prompt and comes back to auth-end): "When your app needs to show authentication UI that is blocked from being shown in an
 * iframe (e.g., Microsoft Entra consent prompts)" (learn.microsoft.com/javascript/api/@microsoft/teams-js/authentication).
 * Call it from a click. Rejects with "CancelledByUser" or "FailedToOpenWindow" as Teams reports them.
 */
export async function grantConsent(): Promise<void> {
  const start = new URL("auth-start", document.baseURI);
  start.searchParams.set("tenant", person.tenantId);
  start.searchParams.set("loginHint", person.loginHint);
  await authentication.authenticate({ url: start.toString(), width: 600, height: 535 });
  forgetApiToken();
}
