// The emulator's Outlook: sign in as a demo person, their calendar (from this emulator's Graph), and a new-appointment
// form that hosts the app's task pane (the manifest's extension runtime page) in an iframe; the pane loads Office.js, which
// the local host serves as this emulator's stand-in (office.js), answered by office-host.js and office-item.js.
// State lives in the URL (?user=…&view=calendar|new&mailbox=1.14&preview=1&naa=none|interaction&theme=dark&locale=…) so a
// test or a reviewer can open any view.
import { OfficeHost } from "./office-host.js";
import { officeMethods, THEMES } from "./office-item.js";
import { el, go, signedIn, tokensOf } from "./client-common.js";

const OUTLOOK_WEB_CLIENT_ID = "bc59ab01-8403-45c6-8796-ac3ef710b3e3"; // Outlook on the web's app id, as Entra sees it
const GRAPH = "https://graph.microsoft.com";
const params = new URLSearchParams(location.search);
const stage = document.getElementById("stage");
const token = tokensOf(OUTLOOK_WEB_CLIENT_ID);

async function graph(user, path) {
  const response = await fetch(`/v1.0${path}`, { headers: { Authorization: `Bearer ${await token(user, `${GRAPH}/Calendars.Read`)}`, Prefer: 'outlook.timezone="UTC"' } });
  if (!response.ok) throw new Error(`Graph ${response.status} ${path}`);
  return response.json();
}

async function showCalendar(user) {
  const section = el("section", { "aria-label": "Calendrier" }, el("h2", {}, "Calendrier"),
    el("button", { onclick: () => go({ view: "new" }) }, "Nouveau rendez-vous"));
  stage.append(section);
  const events = [];
  for (let url = `/users/${user.id}/events`; url;) {
    const page = await graph(user, url);
    events.push(...page.value);
    url = page["@odata.nextLink"]?.replace(/^.*\/v1\.0/, "");
  }
  const format = new Intl.DateTimeFormat(params.get("locale") || user.locale, { dateStyle: "full", timeStyle: "short", timeZone: user.timeZone });
  events.sort((a, b) => a.start.dateTime.localeCompare(b.start.dateTime));
  section.append(events.length === 0 ? el("p", {}, "Aucun rendez-vous.")
    : el("ul", { "aria-label": "Rendez-vous" }, ...events.map((e) => el("li", {},
      `${format.format(new Date(e.start.dateTime + "Z"))} — ${e.subject}${e.type === "seriesMaster" ? " (périodique)" : ""}${e.isDraft ? " [brouillon]" : ""}`))));
}

/** The new-appointment form's item: what Office.js would read and write, kept as Graph's event JSON parts. */
function newItem(user) {
  const start = new Date(Date.now() + 7 * 864e5);
  start.setUTCMinutes(0, 0, 0);
  return { id: null, subject: "", attendees: [], start: local(start, user.timeZone), durationMinutes: 60, isAllDay: false, recurrence: null, body: "", teams: true };
}

/** A Date as "YYYY-MM-DDTHH:mm" wall-clock time in an IANA zone (the value of a datetime-local input). */
function local(date, zone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    .formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The UTC instant of a wall-clock time in an IANA zone. */
function instant(wallClock, zone) {
  const guess = new Date(wallClock + ":00Z");
  const offset = new Date(local(guess, zone) + ":00Z").getTime() - guess.getTime();
  return new Date(guess.getTime() - offset);
}

function addMinutes(wallClock, minutes) {
  return new Date(new Date(wallClock + ":00Z").getTime() + minutes * 6e4).toISOString().slice(0, 16);
}

/** The item as Graph's event JSON, as Outlook would save or send it to Exchange. */
function toEvent(item, user) {
  const zone = user.timeZone;
  const event = {
    id: item.id ?? undefined,
    subject: item.subject,
    body: { contentType: "html", content: item.body },
    start: { dateTime: item.start + ":00", timeZone: zone },
    end: { dateTime: addMinutes(item.start, item.durationMinutes) + ":00", timeZone: zone },
    isAllDay: item.isAllDay,
    attendees: item.attendees.map((a) => ({ type: "required", emailAddress: { address: a.email, name: a.name } })),
    isOnlineMeeting: item.teams,
    onlineMeetingProvider: item.teams ? "teamsForBusiness" : "unknown",
  };
  if (item.isAllDay) {
    const day = item.start.slice(0, 10);
    event.start = { dateTime: `${day}T00:00:00`, timeZone: zone };
    event.end = { dateTime: `${new Date(new Date(day + "T00:00:00Z").getTime() + 864e5).toISOString().slice(0, 10)}T00:00:00`, timeZone: zone };
  }
  if (item.recurrence) {
    event.recurrence = { pattern: item.recurrence.pattern, range: { ...item.recurrence.range, startDate: item.start.slice(0, 10), recurrenceTimeZone: zone } };
  }
  return event;
}

async function itemCall(user, path, init) {
  const response = await fetch(`/outlook/api/users/${user.id}/items${path}`, { ...init, headers: { "Content-Type": "application/json" } });
  if (!response.ok) throw new Error(`Outlook ${response.status}: ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

const recurrenceLabels = { none: "Ne se répète pas", weekly1: "Toutes les semaines", weekly2: "Toutes les deux semaines", monthly: "Tous les mois" };

async function showCompose(user, people, apps) {
  const item = newItem(user);
  // The mailbox's zone in Outlook's (Windows) terms, as Office.js' userProfile.timeZone gives it.
  const profile = await itemCall(user, "/profile", { method: "GET" });
  let sent = false;
  const colleagues = people.filter((p) => p.tenantId === user.tenantId && p.id !== user.id);
  const subject = el("input", { type: "text", name: "subject" });
  const attendeeInput = el("input", { type: "text", list: "directory", name: "attendee" });
  const chips = el("ul", { class: "chips", "aria-label": "Participants invités" });
  const start = el("input", { type: "datetime-local", name: "start" });
  const end = el("input", { type: "datetime-local", name: "end" });
  const allDay = el("input", { type: "checkbox", name: "allDay" });
  const recurrence = el("select", { name: "recurrence" }, ...Object.entries(recurrenceLabels).map(([v, t]) => el("option", { value: v }, t)));
  const body = el("div", { class: "body", contenteditable: "true", role: "textbox", "aria-multiline": "true", "aria-label": "Corps du message" });
  const teams = el("input", { type: "checkbox", name: "teams" });
  const status = el("p", { role: "status" });
  const paneHost = el("div");

  function render() {
    subject.value = item.subject;
    start.value = item.start;
    end.value = addMinutes(item.start, item.durationMinutes);
    allDay.checked = item.isAllDay;
    teams.checked = item.teams;
    const r = item.recurrence;
    recurrence.value = !r ? "none" : r.pattern.type === "weekly" ? `weekly${r.pattern.interval === 2 ? 2 : 1}` : "monthly";
    if (body.innerHTML !== item.body) body.innerHTML = item.body;
    chips.replaceChildren(...item.attendees.map((a) => el("li", {}, `${a.name} <${a.email}> `,
      el("button", { type: "button", "aria-label": `Retirer ${a.name}`, onclick: () => { item.attendees = item.attendees.filter((x) => x !== a); render(); } }, "×"))));
  }

  function addAttendee() {
    const text = attendeeInput.value.trim();
    if (!text) return;
    const found = people.find((p) => p.userPrincipalName.toLowerCase() === text.toLowerCase() || `${p.displayName} <${p.userPrincipalName}>` === text);
    const email = found ? found.userPrincipalName : text;
    if (!item.attendees.some((a) => a.email.toLowerCase() === email.toLowerCase())) item.attendees.push({ email, name: found?.displayName ?? text });
    attendeeInput.value = "";
    render();
  }

  subject.addEventListener("input", () => (item.subject = subject.value));
  start.addEventListener("change", () => { item.start = start.value; render(); });
  end.addEventListener("change", () => { item.durationMinutes = Math.max(15, (new Date(end.value + ":00Z") - new Date(item.start + ":00Z")) / 6e4); render(); });
  allDay.addEventListener("change", () => (item.isAllDay = allDay.checked));
  teams.addEventListener("change", () => (item.teams = teams.checked));
  body.addEventListener("input", () => (item.body = body.innerHTML));
  attendeeInput.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); addAttendee(); } });
  recurrence.addEventListener("change", () => {
    const day = new Date(item.start.slice(0, 10) + "T12:00:00Z");
    const dayOfWeek = day.toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" }).toLowerCase();
    const index = ["first", "second", "third", "fourth", "last"][Math.min(4, Math.floor((day.getUTCDate() - 1) / 7))];
    const choice = recurrence.value;
    item.officeRecurrence = null;
    item.recurrence = choice === "none" ? null
      : choice === "monthly" ? { pattern: { type: "relativeMonthly", interval: 1, daysOfWeek: [dayOfWeek], index }, range: { type: "numbered", numberOfOccurrences: 6 } }
      : { pattern: { type: "weekly", interval: choice === "weekly2" ? 2 : 1, daysOfWeek: [dayOfWeek] }, range: { type: "numbered", numberOfOccurrences: 12 } };
  });

  async function save() {
    const { id } = await itemCall(user, "", { method: "POST", body: JSON.stringify(toEvent(item, user)) });
    item.id = id;
    return id;
  }

  async function send() {
    if (sent) return;
    sent = true;
    await itemCall(user, "/send", { method: "POST", body: JSON.stringify(toEvent(item, user)) });
    go({ view: "calendar" });
  }

  async function close() {
    if (item.id && !sent) await itemCall(user, `/${encodeURIComponent(item.id)}`, { method: "DELETE" });
    go({ view: "calendar" });
  }

  const app = apps[0];
  const panePage = app?.extensions?.[0]?.runtimes?.[0]?.code?.page;
  let host = null;
  let theme = THEMES[params.get("theme")] ? params.get("theme") : "light";
  function openPane() {
    if (host || !panePage) return;
    const iframe = el("iframe", { class: "pane", title: app.extensions[0].ribbons?.[0]?.tabs?.[0]?.groups?.[0]?.label ?? "Complément", src: panePage });
    paneHost.append(iframe);
    host = new OfficeHost(iframe, officeMethods({
      item, user, params, app, render, save, close, token, windowsZone: profile.timeZone, theme: () => THEMES[theme], outlookClientId: OUTLOOK_WEB_CLIENT_ID,
      instant: (wall) => instant(wall, user.timeZone), addMinutes,
    }));
    window.__officeHost = host;
  }

  // Outlook's own theme switch (Settings > Appearance): the pane hears it through Office.js' OfficeThemeChanged.
  const themeSwitch = el("select", { name: "theme", "aria-label": "Thème d'Outlook" }, el("option", { value: "light" }, "Clair"), el("option", { value: "dark" }, "Sombre"));
  themeSwitch.value = theme;
  themeSwitch.addEventListener("change", () => { theme = themeSwitch.value; document.body.dataset.theme = theme; host?.emit("officeThemeChanged", { theme: THEMES[theme] }); });
  document.body.dataset.theme = theme;
  document.querySelector("header").append(themeSwitch);

  stage.append(el("section", { class: "compose", "aria-label": "Nouveau rendez-vous" },
    el("div", { class: "form" },
      el("div", { class: "ribbon", role: "toolbar", "aria-label": "Ruban" },
        el("button", { type: "button", onclick: () => send().catch((e) => { sent = false; status.textContent = String(e); }) }, "Envoyer"),
        el("button", { type: "button", onclick: () => close() }, "Fermer"),
        ...(panePage ? [el("button", { type: "button", onclick: openPane }, app.extensions[0].ribbons?.[0]?.tabs?.[0]?.groups?.[0]?.controls?.[0]?.label ?? "Complément")] : [])),
      el("label", {}, "Objet", subject),
      el("label", {}, "Participants", attendeeInput),
      el("datalist", { id: "directory" }, ...colleagues.map((p) => el("option", { value: p.userPrincipalName }, p.displayName))),
      chips,
      el("label", {}, "Début", start),
      el("label", {}, "Fin", end),
      el("label", { class: "check" }, allDay, " Toute la journée"),
      el("label", {}, "Périodicité", recurrence),
      el("label", { class: "check" }, teams, " Réunion Teams"),
      body,
      status),
    paneHost));
  render();
  if (params.get("pane") === "open") openPane(); // a direct link to the form with its pane open (benchmarks, reviewers)
}

async function main() {
  const { people, apps, user } = await signedIn(stage, "calendar");
  if (!user) return;
  if (params.get("view") === "new") await showCompose(user, people, apps);
  else await showCalendar(user);
}

main().catch((e) => stage.append(el("p", { class: "error", role: "alert" }, String(e))));
