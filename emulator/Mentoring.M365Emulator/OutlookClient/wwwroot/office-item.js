// What Office.js may do with the new appointment the Outlook page composes (appointment compose,
// learn.microsoft.com/javascript/api/outlook/office.appointmentcompose), answered for the stand-in (office.js).
// The item keeps the page's own terms: a wall-clock start in the mailbox's zone, a duration, Graph-shaped recurrence.

/** Office's theme colours, as Office.context.officeTheme gives them (learn: javascript/api/office/office.officetheme). */
export const THEMES = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#242424", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#242424" },
  dark: { bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#1F1F1F", controlForegroundColor: "#FFFFFF" },
};

const FULL_DAYS = { mon: "monday", tue: "tuesday", wed: "wednesday", thu: "thursday", fri: "friday", sat: "saturday", sun: "sunday" };

/** Office.js's recurrence (recurrenceType, recurrenceProperties, seriesTime) as Graph's patternedRecurrence. */
export function graphRecurrence(office) {
  const { recurrenceType: type, recurrenceProperties: p = {}, seriesTime: t } = office;
  const interval = p.interval ?? 1;
  const pattern = type === "weekly" ? { type: "weekly", interval, daysOfWeek: p.days.map((d) => FULL_DAYS[d]), firstDayOfWeek: FULL_DAYS[p.firstDayOfWeek] ?? "sunday" }
    : type === "monthly" && p.dayOfWeek ? { type: "relativeMonthly", interval, daysOfWeek: [FULL_DAYS[p.dayOfWeek]], index: p.weekNumber }
    : type === "monthly" ? { type: "absoluteMonthly", interval, dayOfMonth: p.dayOfMonth }
    : { type: "daily", interval };
  const range = t.endDate ? { type: "endDate", startDate: t.startDate, endDate: t.endDate } : { type: "noEnd", startDate: t.startDate };
  return { pattern, range };
}

/**
 * @param {{ item: any, user: any, profile: any, params: URLSearchParams, app: any, render: () => void, save: () => Promise<string>,
 *   close: () => Promise<void>, instant: (wall: string) => Date, addMinutes: (wall: string, m: number) => string,
 *   token: (user: any, scope: string) => Promise<string>, theme: () => any, windowsZone: string, outlookClientId: string }} form
 */
export function officeMethods(form) {
  const { item, user, params, app } = form;
  // Mailbox requirement sets up to ?mailbox= (1.14 by default: officeTheme and its event); ?preview=1 adds Mailbox preview's APIs.
  const requirementSets = { Mailbox: params.get("mailbox") || "1.14", MailboxPreview: params.get("preview") === "1" };
  // Nested app authentication: Outlook on the web supports it (learn: office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in); &naa=none is an older Outlook.
  if (params.get("naa") !== "none") requirementSets.NestedAppAuth = "1.1";
  requirementSets.IdentityAPI = "1.3";
  let interactionRequired = params.get("naa") === "interaction";

  const get = {
    subject: () => item.subject,
    location: () => item.location ?? "",
    // An all-day appointment runs from midnight to the next midnight in the mailbox's zone, whatever time the form showed.
    start: () => form.instant(item.isAllDay ? `${item.start.slice(0, 10)}T00:00` : item.start).toISOString(),
    end: () => form.instant(item.isAllDay ? form.addMinutes(`${item.start.slice(0, 10)}T00:00`, 1440) : form.addMinutes(item.start, item.durationMinutes)).toISOString(),
    requiredAttendees: () => item.attendees.map((a) => ({ emailAddress: a.email, displayName: a.name, recipientType: "user" })),
    optionalAttendees: () => [],
    body: () => item.body,
    recurrence: () => item.officeRecurrence ?? null,
    isAllDay: () => item.isAllDay,
  };
  const set = {
    subject: (v) => { item.subject = String(v); },
    location: (v) => { item.location = String(v); },
    body: (html, coercionType) => { item.body = coercionType === "html" ? String(html) : escape(String(html)); },
    isAllDay: (v) => { item.isAllDay = v === true; },
    recurrence: (office) => {
      if (office === null) { item.recurrence = null; item.officeRecurrence = null; return; }
      // The series' times are in recurrenceTimeZone; this Outlook composes in the mailbox's zone only (stricter than Outlook).
      const zone = office.recurrenceTimeZone?.name;
      if (zone && zone !== form.windowsZone) throw { code: 9000, name: "InvalidParameterValueError", message: `recurrenceTimeZone ${zone} is not the mailbox's (${form.windowsZone})` };
      item.officeRecurrence = office;
      item.recurrence = graphRecurrence(office);
      item.start = `${office.seriesTime.startDate}T${office.seriesTime.startTime}`;
      item.durationMinutes = office.seriesTime.duration;
    },
  };

  return {
    context: () => ({
      displayLanguage: params.get("locale") || user.locale,
      requirementSets,
      officeTheme: form.theme(),
      userProfile: { displayName: user.displayName, emailAddress: user.userPrincipalName, timeZone: form.windowsZone, accountType: "enterprise" },
      diagnostics: { hostName: "OutlookWebApp", hostVersion: "20261201001.00", OWAView: "ThreeColumns" },
    }),
    get: (name, ...args) => get[name](...args),
    set: (name, ...args) => { set[name](...args); form.render(); },
    save: () => form.save(),
    itemId: () => item.id,
    close: () => form.close(),
    ssoToken: () => form.token(user, `${app.webApplicationInfo.resource}/access_as_user`),
    naa: (request) => broker(request),
  };

  /** The broker's side of MSAL's bridge (msal-browser src/naa): the token through Entra as Outlook asks for it. */
  async function broker(request) {
    const account = { homeAccountId: `${user.id}.${user.tenantId}`, environment: "login.microsoftonline.com", tenantId: user.tenantId,
      username: user.userPrincipalName, localAccountId: user.id, name: user.displayName };
    if (request.method === "GetInitContext") return { initContext: { sdkName: "office-js-standin", sdkVersion: "1.0", accountContext: { homeAccountId: account.homeAccountId, environment: account.environment, tenantId: user.tenantId } } };
    if (request.method === "GetActiveAccount") return { account };
    const params = request.tokenParams ?? {};
    // Only the app the manifest registers (webApplicationInfo.id) may be brokered, and only for its own resource's scopes.
    if (params.clientId !== app.webApplicationInfo.id) throw { status: "PERSISTENT_ERROR", code: "unauthorized_client", description: `client ${params.clientId} is not this add-in's` };
    const scopes = String(params.scope ?? "").split(" ").filter((s) => s.startsWith(app.webApplicationInfo.resource + "/"));
    if (scopes.length === 0) throw { status: "PERSISTENT_ERROR", code: "invalid_scope", description: "no scope of the add-in's resource" };
    if (request.method === "GetToken" && interactionRequired) throw { status: "USER_INTERACTION_REQUIRED", code: "interaction_required", description: "Sign in again." };
    if (request.method === "GetTokenPopup") {
      if (!request.userActivation) throw { status: "USER_CANCEL", code: "popup_window_error", description: "A popup needs a user gesture." };
      interactionRequired = false;
    }
    // As Outlook's broker asks Entra: Outlook's client id, the add-in's scope, and openid for the ID token MSAL reads the account from.
    const body = new URLSearchParams({ grant_type: "password", client_id: form.outlookClientId, username: user.userPrincipalName, password: "demo", scope: `${scopes[0]} openid profile` });
    const response = await fetch(`/${user.tenantId}/oauth2/v2.0/token`, { method: "POST", body });
    const json = await response.json();
    if (!response.ok) throw { status: "PERSISTENT_ERROR", code: json.error, description: json.error_description };
    return { token: { access_token: json.access_token, id_token: json.id_token, expires_in: json.expires_in, scope: scopes.join(" ") }, account };
  }
}

function escape(text) {
  return text.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]);
}
