import { loadConfig } from "../../../lib/config";
import type { AppointmentItem, OutlookHost, PaneRecurrence } from "./outlookHost";

/* The little of Office.js the pane uses (appointment compose), typed here rather than pulling @types/office-js into every page. */
interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { message: string };
}
type Callback<T> = (result: AsyncResult<T>) => void;
interface Recipients {
  getAsync(cb: Callback<{ emailAddress: string; displayName: string }[]>): void;
}
interface TimeField {
  getAsync(cb: Callback<Date>): void;
}
interface ComposeItem {
  subject: { getAsync(cb: Callback<string>): void; setAsync(v: string, cb: Callback<void>): void };
  requiredAttendees: Recipients;
  optionalAttendees: Recipients;
  start: TimeField;
  end: TimeField;
  body: { setAsync(v: string, o: { coercionType: string }, cb: Callback<void>): void };
  recurrence?: { setAsync(v: unknown, cb: Callback<void>): void };
  saveAsync(cb: Callback<string>): void;
  getItemIdAsync?(cb: Callback<string>): void;
  close(): void;
}
interface OfficeApi {
  onReady(): Promise<{ host: string | null }>;
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, version: string): boolean };
    mailbox: {
      item: ComposeItem;
      userProfile: { emailAddress: string; displayName: string; timeZone: string };
      convertToRestId(id: string, version: string): string;
      diagnostics: { hostName: string };
    };
  };
  auth: { getAccessToken(options: { allowSignInPrompt: boolean; allowConsentPrompt: boolean }): Promise<string> };
}
declare global {
  interface Window {
    Office?: OfficeApi;
  }
}

/** Microsoft's Office.js for add-ins: Outlook add-ins must load it from here (the store validates it). */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

function promised<T>(start: (cb: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => start((r) => (r.status === "succeeded" ? resolve(r.value) : reject(new Error(r.error?.message ?? "Office.js failed")))));
}

/** Outlook names recurrence days "mon", "tue"…, and week numbers "first"…"last". */
const DAYS: Record<string, string> = { monday: "mon", tuesday: "tue", wednesday: "wed", thursday: "thu", friday: "fri", saturday: "sat", sunday: "sun" };

export async function connectOffice(): Promise<OutlookHost> {
  await loadScript(OFFICE_JS);
  const office = window.Office!;
  const info = await office.onReady();
  if (info.host !== "Outlook") throw new Error("not in Outlook");
  const mailbox = office.context.mailbox;
  const item = mailbox.item;
  const config = await loadConfig();
  const supports = (version: string) => office.context.requirements.isSetSupported("Mailbox", version);
  const getAccessToken = () => naaToken(config.apiScope).catch(() => office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true }));

  // Outlook does not give the person's directory ids; their token does (oid, tid), and the pane needs them for membership.
  const claims = JSON.parse(atob(((await getAccessToken()).split(".")[1] ?? "").replace(/-/g, "+").replace(/_/g, "/"))) as { oid?: string; tid?: string };
  return {
    kind: "office",
    locale: office.context.displayLanguage,
    userId: claims.oid ?? "",
    tenantId: claims.tid ?? "",
    userName: mailbox.userProfile.displayName,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    supports,
    getItem: async (): Promise<AppointmentItem> => {
      const [subject, required, optional, start, end] = await Promise.all([
        promised<string>((cb) => item.subject.getAsync(cb)),
        promised<{ emailAddress: string; displayName: string }[]>((cb) => item.requiredAttendees.getAsync(cb)),
        promised<{ emailAddress: string; displayName: string }[]>((cb) => item.optionalAttendees.getAsync(cb)),
        promised<Date>((cb) => item.start.getAsync(cb)),
        promised<Date>((cb) => item.end.getAsync(cb)),
      ]);
      const attendees = [...required, ...optional].map((a) => ({ email: a.emailAddress, name: a.displayName }));
      return { subject, attendees, start, end, isAllDay: false };
    },
    setSubject: (subject) => promised<void>((cb) => item.subject.setAsync(subject, cb)),
    setBody: (html) => promised<void>((cb) => item.body.setAsync(html, { coercionType: "html" }, cb)),
    setRecurrence: (r: PaneRecurrence) =>
      promised<void>((cb) =>
        item.recurrence!.setAsync(
          {
            recurrenceType: r.pattern === "weekly" ? "weekly" : "monthly",
            recurrenceProperties: r.pattern === "weekly"
              ? { interval: r.interval, days: [DAYS[r.dayOfWeek]] }
              : { interval: r.interval, dayOfWeek: DAYS[r.dayOfWeek], weekNumber: r.index },
            recurrenceTimeZone: { name: mailbox.userProfile.timeZone },
            seriesTime: { startDate: r.startDate, startTime: r.startTime, duration: r.durationMinutes, endDate: undefined, occurrences: r.occurrences },
          },
          cb,
        ),
      ),
    save: () => promised<string>((cb) => item.saveAsync(cb)),
    getItemId: () => (item.getItemIdAsync ? promised<string>((cb) => item.getItemIdAsync!(cb)).catch(() => null) : Promise.resolve(null)),
    toRestId: async (id) => mailbox.convertToRestId(id, "v2.0"),
    getAccessToken,
    close: async () => item.close(),
  } satisfies OutlookHost;
}

/** Nested app authentication: MSAL asks Outlook (the broker) for the API's token; loaded only here, in a real Outlook. */
async function naaToken(scope: string | undefined): Promise<string> {
  const clientId = scope?.match(/\/([0-9a-f-]{36})\//i)?.[1];
  if (!scope || !clientId) throw new Error("no API scope configured");
  const { createNestablePublicClientApplication } = await import("@azure/msal-browser");
  const pca = await createNestablePublicClientApplication({ auth: { clientId, authority: "https://login.microsoftonline.com/common" } });
  const request = { scopes: [scope] };
  try {
    return (await pca.acquireTokenSilent(request)).accessToken;
  } catch {
    return (await pca.acquireTokenPopup(request)).accessToken;
  }
}


