// A stand-in for the part of Office.js (https://appsforoffice.microsoft.com/lib/1/hosted/office.js) the task pane uses, in
// appointment compose, under Office.js's own names. A classic script loaded in the pane's <head>, as Microsoft's is
// (learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn). It
// speaks to the emulator's Outlook page (the parent frame, outlook-pane-host.js) as Office.js speaks to Outlook on the web.
// Where the docs are unclear it is stricter than Outlook, never kinder.
(function () {
  "use strict";
  const CHANNEL = "office-js-standin";
  const waiting = new Map();
  const listeners = { theme: [] };
  let next = 1;
  let context = null;

  window.addEventListener("message", (event) => {
    const m = event.data;
    if (event.source !== window.parent || !m || m.channel !== CHANNEL) return;
    if (m.event === "officeThemeChanged") return themeChanged(m.theme);
    const call = waiting.get(m.id);
    if (!call) return;
    waiting.delete(m.id);
    m.ok ? call.resolve(m.value) : call.reject(m.error);
  });

  function ask(method, ...args) {
    return new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      window.parent.postMessage({ channel: CHANNEL, id, method, args }, "*");
    });
  }

  // Office.AsyncResult: { status, value, error: Office.Error { name, message, code } } (learn: javascript/api/office/office.asyncresult).
  function callback(args) {
    const cb = args.find((a) => typeof a === "function");
    return (promise) => promise.then(
      (value) => cb && cb({ status: "succeeded", value, asyncContext: undefined }),
      (error) => cb && cb({ status: "failed", value: undefined, error: asError(error) }));
  }
  function asError(e) {
    return e && typeof e === "object" && "code" in e ? e : { name: "GenericResponseError", message: String(e && e.message || e), code: 9020 };
  }
  const failure = (code, name, message) => Promise.reject({ code, name, message });

  /** Requirement sets: Mailbox up to the version the page says; Mailbox "preview" only when asked for (learn: outlook requirement sets). */
  function isSetSupported(name, minVersion) {
    const sets = context.requirementSets;
    if (name === "Mailbox" && minVersion === "preview") return sets.MailboxPreview === true;
    if (!(name in sets)) return false;
    if (minVersion === undefined) return true;
    const have = String(sets[name]).split(".").map(Number);
    const want = String(minVersion).split(".").map(Number);
    for (let i = 0; i < Math.max(have.length, want.length); i++) {
      if ((have[i] || 0) !== (want[i] || 0)) return (have[i] || 0) > (want[i] || 0);
    }
    return true;
  }
  const needs = (version, what) => { if (!isSetSupported("Mailbox", version)) throw new Error(`${what} needs Mailbox ${version}`); };

  /** A property of the item with getAsync/setAsync (learn: office.subject, office.time, office.location, office.body). */
  function field(name, fromHost = (v) => v, check = () => undefined) {
    return {
      getAsync: (...args) => callback(args)(ask("get", name).then(fromHost)),
      setAsync: (value, ...args) => {
        const refused = check(value);
        callback(args)(refused ? failure(9000, "InvalidParameterValueError", refused) : ask("set", name, value instanceof Date ? value.toISOString() : value));
      },
    };
  }

  // Office.SeriesTime: setters by parts (month 0-11) or "YYYY-MM-DD" / "HH:mm" strings (learn: javascript/api/outlook/office.seriestime).
  class SeriesTime {
    constructor() { this.parts = {}; }
    setStartDate(y, m, d) { this.parts.startDate = date(y, m, d); }
    setEndDate(y, m, d) { this.parts.endDate = date(y, m, d); }
    setStartTime(h, min) { this.parts.startTime = typeof h === "string" ? h : `${pad(h)}:${pad(min)}`; }
    setDuration(minutes) { this.parts.duration = minutes; }
    getStartDate() { return this.parts.startDate; }
    getEndDate() { return this.parts.endDate ?? null; }
    getStartTime() { return this.parts.startTime; }
    getDuration() { return this.parts.duration; }
  }
  const pad = (n) => String(n).padStart(2, "0");
  const date = (y, m, d) => (typeof y === "string" ? y : `${y}-${pad(m + 1)}-${pad(d)}`);

  const RecurrenceType = { Daily: "daily", Weekday: "weekday", Weekly: "weekly", Monthly: "monthly", Yearly: "yearly" };
  const Days = { Mon: "mon", Tue: "tue", Wed: "wed", Thu: "thu", Fri: "fri", Sat: "sat", Sun: "sun", Weekday: "weekday", WeekendDay: "weekendDay", Day: "day" };
  const WeekNumber = { First: "first", Second: "second", Third: "third", Fourth: "fourth", Last: "last" };

  /** Recurrence.setAsync's checks (learn: javascript/api/outlook/office.recurrence#outlook-office-recurrence-setasync-member(1)). */
  function recurrenceProblem(p) {
    if (p === null) return undefined; // null removes the recurrence
    if (!(p && p.seriesTime instanceof SeriesTime)) return "seriesTime must be an Office.SeriesTime";
    const t = p.seriesTime.parts;
    if (!t.startDate || !t.startTime || !(t.duration > 0)) return "seriesTime needs a start date, a start time and a duration";
    if (!Object.values(RecurrenceType).includes(p.recurrenceType)) return "recurrenceType is not an Office.MailboxEnums.RecurrenceType";
    const props = p.recurrenceProperties || {};
    if (p.recurrenceType === "weekly" && !(Array.isArray(props.days) && props.days.length && props.days.every((d) => Object.values(Days).includes(d)))) return "weekly needs days";
    if (p.recurrenceType === "monthly" && !(props.dayOfMonth || (Object.values(Days).includes(props.dayOfWeek) && Object.values(WeekNumber).includes(props.weekNumber)))) return "monthly needs dayOfMonth or dayOfWeek and weekNumber";
    return undefined;
  }
  const recurrenceToHost = (p) => (p === null ? null : { ...p, seriesTime: { ...p.seriesTime.parts } });

  function compose() {
    const item = {
      itemType: "appointment",
      subject: field("subject"),
      location: field("location"),
      start: field("start", (v) => new Date(v), (v) => (v instanceof Date ? undefined : "start must be a Date")),
      end: field("end", (v) => new Date(v), (v) => (v instanceof Date ? undefined : "end must be a Date")),
      requiredAttendees: field("requiredAttendees"),
      optionalAttendees: field("optionalAttendees"),
      body: {
        getAsync: (coercionType, ...args) => callback(args)(ask("get", "body", coercionType)),
        setAsync: (data, ...args) => callback(args)(ask("set", "body", String(data), (args.find((a) => a && typeof a === "object") || {}).coercionType || "text")),
      },
      saveAsync: (...args) => callback(args)(ask("save")),
      close: () => void ask("close"),
    };
    if (isSetSupported("Mailbox", "1.7")) {
      item.recurrence = {
        getAsync: (...args) => callback(args)(ask("get", "recurrence")),
        setAsync: (p, ...args) => {
          const refused = recurrenceProblem(p);
          callback(args)(refused ? failure(9000, "InvalidParameterValueError", refused) : ask("set", "recurrence", recurrenceToHost(p)));
        },
      };
    }
    // getItemIdAsync: Mailbox 1.8; error 9058 (ItemNotSaved) before the first save (learn: office.appointmentcompose#getitemidasync).
    if (isSetSupported("Mailbox", "1.8")) item.getItemIdAsync = (...args) => callback(args)(ask("itemId").then((id) => id ?? failure(9058, "ItemNotSaved", "The item has not been saved.")));
    // isAllDayEvent: Mailbox preview only (learn: javascript/api/outlook/office.isalldayevent).
    if (isSetSupported("Mailbox", "preview")) item.isAllDayEvent = field("isAllDay", Boolean, (v) => (typeof v === "boolean" ? undefined : "a boolean"));
    return item;
  }

  function themeChanged(theme) {
    context.officeTheme = theme;
    for (const handler of listeners.theme) handler({ type: "officeThemeChanged", officeTheme: theme });
  }

  const Office = {
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
    MailboxEnums: { RecurrenceType, Days, WeekNumber, RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" }, ItemType: { Appointment: "appointment" } },
    SeriesTime,
    context: undefined,
    /** Resolves once the host answered, with { host, platform } (learn: office#office-office-onready-function(1)). */
    onReady: undefined,
  };

  const ready = ask("context").then((c) => {
    context = c;
    const mailbox = {
      userProfile: c.userProfile,
      diagnostics: c.diagnostics,
      item: null,
      // EWS ids are base64 with '/' and '+'; REST ids use '-' and '_' (learn: office.mailbox#convertToRestId).
      convertToRestId: (id, version) => { if (version !== "v2.0" && version !== "v1.0") throw new Error("RestVersion"); return String(id).replace(/\//g, "-").replace(/\+/g, "_"); },
      addHandlerAsync: (type, handler, ...args) => {
        if (type !== "officeThemeChanged" || !isSetSupported("Mailbox", "1.14")) return callback(args)(failure(5001, "Internal Error", `${type} is not supported`));
        listeners.theme.push(handler);
        callback(args)(Promise.resolve());
      },
    };
    Office.context = {
      displayLanguage: c.displayLanguage,
      contentLanguage: c.displayLanguage,
      requirements: { isSetSupported },
      mailbox,
      get officeTheme() { return isSetSupported("Mailbox", "1.14") ? context.officeTheme : undefined; },
    };
    mailbox.item = compose();
    // Nested app authentication: the broker MSAL talks to (window.nestedAppAuthBridge), only when NestedAppAuth 1.1 is supported.
    if (isSetSupported("NestedAppAuth", "1.1")) window.nestedAppAuthBridge = naaBridge();
    Office.auth = { getAccessToken: () => ask("ssoToken").catch((e) => Promise.reject({ code: 13001, name: "NotSignedIn", message: String(e) })) };
    return { host: "Outlook", platform: "OfficeOnline" };
  });
  Office.onReady = (cb) => ready.then((info) => { if (cb) cb(info); return info; });

  /** MSAL's bridge (msal-browser src/naa/BridgeProxy.ts): JSON strings both ways, answered per requestId. */
  function naaBridge() {
    const handlers = [];
    return {
      addEventListener: (type, handler) => { if (type === "message") handlers.push(handler); },
      removeEventListener: (type, handler) => { const i = handlers.indexOf(handler); if (i >= 0) handlers.splice(i, 1); },
      postMessage: (text) => {
        const request = JSON.parse(text);
        // A popup opens only on a user gesture: the broker is told whether this call came with one.
        ask("naa", { ...request, userActivation: navigator.userActivation ? navigator.userActivation.isActive : false }).then(
          (value) => ({ messageType: "NestedAppAuthResponse", requestId: request.requestId, success: true, ...value }),
          (error) => ({ messageType: "NestedAppAuthResponse", requestId: request.requestId, success: false, error }))
          .then((response) => handlers.forEach((h) => h(JSON.stringify(response))));
      },
    };
  }

  window.Office = Office;
})();
