/** Why a call failed, in terms the views can explain: no consent/token, the API unreachable, or a problem it returned. */
export type ApiFailure =
  | { kind: "consent"; detail: string }
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

/** The host's token, set once at start. */
export function setTokenSource(source: () => Promise<string>): void {
  tokenSource = source;
}
let language = "fr";

/** Set once at start from config.json and the host's locale. */
export function configureApi(apiBaseUrl: string, locale: string): void {
  baseUrl = apiBaseUrl.endsWith("/") ? apiBaseUrl : apiBaseUrl + "/";
  language = locale;
}

/** The one typed client: SSO token, language, JSON, problem details turned into {@link ApiError}. */
export async function api<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; asText?: boolean } = {}): Promise<T> {
  let token: string;
  try {
    token = await tokenSource();
  } catch (e) {
    throw new ApiError({ kind: "consent", detail: e instanceof Error ? e.message : String(e) });
  }

  let response: Response;
  try {
    response = await fetch(new URL(path, new URL(baseUrl, document.baseURI)), {
      method: init.method ?? "GET",
      headers: {
        Authorization: `Bearer ${token}`,
        "Accept-Language": language,
        ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
        ...init.headers,
      },
      body: init.body === undefined ? null : JSON.stringify(init.body),
    });
  } catch (e) {
    throw new ApiError({ kind: "unreachable", detail: e instanceof Error ? e.message : String(e) });
  }

  if (response.status === 502 || response.status === 504) {
    throw new ApiError({ kind: "unreachable", detail: `HTTP ${response.status}` });
  }
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

