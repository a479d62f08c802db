/**
 * Why a call failed, in terms the views can explain: consent needed (the person can give it), sign-in failed for a passing
 * reason (retry) or for want of a host, the API unreachable, or a problem it returned.
 */
export type ApiFailure =
  | { kind: "consent"; detail: string; /** Teams' consent window can fix it (not the Outlook pane's token). */ byTeams?: boolean }
  | { kind: "signIn"; detail: string }
  | { kind: "noHost"; detail: string }
  | { kind: "unreachable"; detail: string }
  | { kind: "problem"; status: number; code: string; detail: string; fields: Record<string, string[]> };

export class ApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.detail);
  }
}

interface ProblemJson {
  status?: number;
  code?: string;
  detail?: string;
  errors?: Record<string, string[]>;
}

let baseUrl = "/api/";
// Set at start by the page's host: Teams' single sign-on, or Outlook's nested app authentication. The client imports neither,
// so the Teams pages never carry MSAL and the task pane never carries teams-js.
let tokenSource: () => Promise<string> = () => Promise.reject(new Error("no token source: the page has not started"));
let forgetToken: () => void = () => undefined;

/** The host's token, set once at start, and how to forget it after a 401 (Teams' is kept until the API refuses it). */
export function setTokenSource(source: () => Promise<string>, forget: () => void = () => undefined): void {
  tokenSource = source;
  forgetToken = forget;
}
let language = "fr";

/** Set once at start from config.json and the host's locale. */
export function configureApi(apiBaseUrl: string, locale: string): void {
  baseUrl = apiBaseUrl.endsWith("/") ? apiBaseUrl : apiBaseUrl + "/";
  language = locale;
}

/**
 * The one typed client: SSO token, language, JSON, problem details turned into {@link ApiError}. A 401 means the token the
 * host gave is no longer good (it expired while kept): a fresh one is asked once and the call made again.
 */
export async function api<T>(path: string, init: ApiInit = {}): Promise<T> {
  let response = await send(path, init, await token());
  if (response.status === 401) {
    forgetToken();
    response = await send(path, init, await token());
  }
  if (response.status === 502 || response.status === 504) {
    throw new ApiError({ kind: "unreachable", detail: `HTTP ${response.status}` });
  }
  // Only a call that sent If-None-Match itself gets a 304 here (the fetch spec then bypasses the browser's cache): unchanged.
  if (response.status === 304) return undefined as T;
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as ProblemJson;
    throw new ApiError({
      kind: "problem",
      status: response.status,
      code: problem.code ?? `http.${response.status}`,
      detail: problem.detail ?? response.statusText,
      fields: problem.errors ?? {},
    });
  }
  if (init.asText) return (await response.text()) as T;
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

interface ApiInit {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  asText?: boolean;
}

async function token(): Promise<string> {
  try {
    return await tokenSource();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    // Teams' SignInError carries its reason (host/teamsSignIn.ts, not imported: the task pane carries no teams-js).
    const reason = (e as { reason?: unknown }).reason;
    if (reason !== "consent" && reason !== "passing" && reason !== "noHost") throw new ApiError({ kind: "consent", detail });
    if (reason === "consent") throw new ApiError({ kind: "consent", detail, byTeams: true });
    throw new ApiError({ kind: reason === "passing" ? "signIn" : reason, detail });
  }
}

async function send(path: string, init: ApiInit, bearer: string): Promise<Response> {
  try {
    return await fetch(new URL(path, new URL(baseUrl, document.baseURI)), {
      method: init.method ?? "GET",
      headers: {
        Authorization: `Bearer ${bearer}`,
        "Accept-Language": language,
        ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
        ...init.headers,
      },
      body: init.body === undefined ? null : JSON.stringify(init.body),
    });
  } catch (e) {
    throw new ApiError({ kind: "unreachable", detail: e instanceof Error ? e.message : String(e) });
  }
}
