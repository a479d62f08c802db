import type { HostTheme } from "../../../host/teams";
import { promised, type OfficeApi, type OfficeTheme } from "./officeApi";
import { popupToken, silentToken } from "./naa";
import { ianaZone } from "./windowsZones";
import type { AppointmentItem, OutlookHost, PaneRecurrence, SignInState } from "./outlookHost";

/** Outlook names recurrence days "mon", "tue"… (Office.MailboxEnums.Days). */
const DAYS: Record<string, string> = { monday: "mon", tuesday: "tue", wednesday: "wed", thursday: "thu", friday: "fri", saturday: "sat", sunday: "sun" };

/** Office.js, loaded by the page's head (taskpane.html): waits for Office.onReady and wraps the appointment being composed. */
export async function connectOffice(apiScope: string | undefined): Promise<OutlookHost> {
  const office = window.Office;
  if (!office) throw new Error("Office.js is not loaded");
  const info = await office.onReady();
  if (info.host !== "Outlook") throw new Error("not in Outlook");
  const { mailbox, requirements } = office.context;
  const item = mailbox.item;
  const supports = (version: string) => requirements.isSetSupported("Mailbox", version);
  const timeZone = ianaZone(mailbox.userProfile.timeZone);
  const tokens = tokenSource(office, apiScope);

  return {
    locale: office.context.displayLanguage,
    userName: mailbox.userProfile.displayName,
    get userId() { return tokens.claims().oid ?? ""; },
    get tenantId() { return tokens.claims().tid ?? ""; },
    timeZone,
    theme: themeOf(office.context.officeTheme),
    onThemeChange: (handler) => {
      // OfficeThemeChanged reaches Outlook add-ins from Mailbox 1.14 (learn: javascript/api/requirement-sets/outlook/requirement-set-1.14).
      if (!supports("1.14")) return;
      mailbox.addHandlerAsync(office.EventType.OfficeThemeChanged, (e) => handler(themeOf(e.officeTheme ?? office.context.officeTheme)));
    },
    supports,
    trySilentSignIn: tokens.trySilent,
    signIn: tokens.interactive,
    getItem: async (): Promise<AppointmentItem> => {
      const [subject, required, optional, start, end, allDay] = await Promise.all([
        promised<string>((cb) => item.subject.getAsync(cb)),
        promised<{ emailAddress: string; displayName: string }[]>((cb) => item.requiredAttendees.getAsync(cb)),
        promised<{ emailAddress: string; displayName: string }[]>((cb) => item.optionalAttendees.getAsync(cb)),
        promised<Date>((cb) => item.start.getAsync(cb)),
        promised<Date>((cb) => item.end.getAsync(cb)),
        item.isAllDayEvent ? promised<boolean>((cb) => item.isAllDayEvent!.getAsync(cb)) : Promise.resolve(null),
      ]);
      const attendees = [...required, ...optional].map((a) => ({ email: a.emailAddress, name: a.displayName }));
      return { subject, attendees, start, end, isAllDay: allDay ?? looksAllDay(start, end, timeZone) };
    },
    setSubject: (subject) => promised<void>((cb) => item.subject.setAsync(subject, cb)),
    setBody: (html) => promised<void>((cb) => item.body.setAsync(html, { coercionType: "html" }, cb)),
    setRecurrence: (r: PaneRecurrence) => promised<void>((cb) => item.recurrence!.setAsync(officeRecurrence(office, r, mailbox.userProfile.timeZone), cb)),
    save: () => promised<string>((cb) => item.saveAsync(cb)),
    // 9058 (ItemNotSaved): never saved yet (learn: office.appointmentcompose#getitemidasync).
    getItemId: () => (item.getItemIdAsync ? promised<string>((cb) => item.getItemIdAsync!(cb)).catch(() => null) : Promise.resolve(null)),
    toRestId: (id) => mailbox.convertToRestId(id, "v2.0"),
    getAccessToken: tokens.get,
    close: async () => item.close(),
  };
}

/** The recurrence as Office.js takes it: a SeriesTime (dates with 0-based months), in the mailbox's (Windows) zone. */
function officeRecurrence(office: OfficeApi, r: PaneRecurrence, windowsZone: string) {
  const series = new office.SeriesTime();
  const [y, m, d] = r.startDate.split("-").map(Number);
  const [ey, em, ed] = r.endDate.split("-").map(Number);
  const [h, min] = r.startTime.split(":").map(Number);
  series.setStartDate(y!, m! - 1, d!);
  series.setEndDate(ey!, em! - 1, ed!);
  series.setStartTime(h!, min!);
  series.setDuration(r.durationMinutes);
  const day = DAYS[r.dayOfWeek];
  return {
    recurrenceType: r.pattern === "weekly" ? "weekly" : "monthly",
    recurrenceProperties: r.pattern === "weekly" ? { interval: r.interval, days: [day], firstDayOfWeek: "sun" } : { interval: r.interval, dayOfWeek: day, weekNumber: r.index },
    recurrenceTimeZone: { name: windowsZone },
    seriesTime: series,
  };
}

/** Without Mailbox preview's isAllDayEvent: an all-day appointment runs from midnight to midnight in the mailbox's zone. */
function looksAllDay(start: Date, end: Date, timeZone: string): boolean {
  const midnight = (d: Date) => new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d) === "00:00";
  const hours = (end.getTime() - start.getTime()) / 3_600_000;
  return midnight(start) && midnight(end) && hours >= 23;
}

/** Outlook's light or dark theme (Office.OfficeTheme colours) as the Teams theme the pane draws with. */
function themeOf(theme: OfficeTheme | undefined): HostTheme {
  const hex = theme?.bodyBackgroundColor.replace("#", "");
  if (!hex || hex.length !== 6) return "default";
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.5 ? "dark" : "default";
}

/** The API token: nested app authentication when Outlook supports it, else Office's own SSO; a popup only from a click. */
function tokenSource(office: OfficeApi, apiScope: string | undefined) {
  const naa = office.context.requirements.isSetSupported("NestedAppAuth", "1.1") && !!apiScope;
  let last = "";
  const remember = (token: string) => (last = token);
  const silent = () => (naa ? silentToken(apiScope!) : office.auth.getAccessToken({ allowSignInPrompt: false, allowConsentPrompt: false })).then(remember);
  return {
    get: silent,
    trySilent: (): Promise<SignInState> => silent().then(() => "signedIn" as const, () => "needsGesture" as const),
    interactive: async () => {
      remember(naa ? await popupToken(apiScope!) : await office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true }));
    },
    claims: (): { oid?: string; tid?: string } => {
      const payload = last.split(".")[1];
      return payload ? JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) : {};
    },
  };
}
