// The emulator's Teams client: sign in as a demo person, a rail with the installed apps' personal tabs and a calendar
// of that person's meetings (from this emulator's Graph), and a meeting view with the app's details tab and side panel.
// The chat view shows the person's conversation with the bot (teams-chat.js).
// State lives in the URL (?user=…&view=personal|chat|calendar|meeting&chat=…&at=…&theme=…&locale=…) so a test or a
// reviewer can open any view directly. ?host=Outlook|Office runs the personal tab as Outlook or the Microsoft 365 app run
// it (the unified manifest's static tabs appear in all three); ?tokenFault=once|timeout|expired: see teams-auth.js.
import { openAuthenticationWindow, TeamsFrame } from "./teams-host.js";
import { showChat } from "./teams-chat.js";
import { activityButton, showActivity } from "./teams-activity.js";
import { el, go, signedIn } from "./client-common.js";
import { ssoTokenSource, teamsToken } from "./teams-auth.js";

const GRAPH = "https://graph.microsoft.com";
const params = new URLSearchParams(location.search);
const stage = document.getElementById("stage");
const rail = document.getElementById("rail");
const themeSelect = document.getElementById("theme");
let theme = params.get("theme") || "default";
const frames = new Set();
const token = teamsToken;
const hostName = ["Outlook", "Office"].includes(params.get("host")) ? params.get("host") : "Teams";

function setTheme(next) {
  theme = next;
  document.body.dataset.theme = next;
  themeSelect.value = next;
  for (const f of frames) f.notify("themeChange", [next]);
}

// One delegated permission per token: the emulator's Entra ID grants the first scope asked for.
async function graph(user, path, permission = "Calendars.Read") {
  const response = await fetch(`/v1.0${path}`, { headers: { Authorization: `Bearer ${await token(user, `${GRAPH}/${permission}`)}` } });
  if (!response.ok) throw new Error(`Graph ${response.status} ${path}`);
  return response.json();
}

/** The person's meetings in the next 8 weeks: series instances and single events, each with its Teams chat id. */
async function meetings(user) {
  const from = new Date();
  const to = new Date(from.getTime() + 56 * 864e5);
  const events = (await graph(user, `/users/${user.id}/events`)).value;
  const result = [];
  for (const e of events) {
    if (!e.onlineMeeting?.joinUrl) continue;
    const filter = encodeURIComponent(`JoinWebUrl eq '${e.onlineMeeting.joinUrl}'`);
    const online = (await graph(user, `/users/${user.id}/onlineMeetings?$filter=${filter}`, "OnlineMeetings.Read").catch(() => ({ value: [] }))).value[0];
    const instances = e.type === "seriesMaster"
      ? (await graph(user, `/users/${user.id}/events/${e.id}/instances?startDateTime=${from.toISOString()}&endDateTime=${to.toISOString()}`)).value
      : [e];
    for (const i of instances) {
      result.push({ subject: e.subject, start: i.start.dateTime.replace(/(\.\d+)?$/, "Z"), chatId: online?.chatInfo?.threadId, meetingId: online?.id });
    }
  }
  return result.sort((a, b) => a.start.localeCompare(b.start));
}

function contextFor(user, extra) {
  return {
    locale: params.get("locale") || user.locale,
    theme,
    userObjectId: user.id,
    userPrincipalName: user.userPrincipalName,
    loginHint: user.userPrincipalName,
    userDisplayName: user.displayName,
    tid: user.tenantId,
    appSessionId: crypto.randomUUID(),
    ...extra,
  };
}

/** Mounts one tab page in an iframe and answers its teams-js calls. */
function mountTab(container, url, user, app, frameContext, extra = {}, onSettings) {
  // The context goes to the tab through postMessage: a function (the stage's share) cannot be cloned, so it stays here.
  const { shareToStage, ...contextExtra } = extra;
  const iframe = el("iframe", { title: `${app.name.short} — ${frameContext}`, src: url });
  const frame = new TeamsFrame(iframe, {
    frameContext,
    hostName,
    context: () => contextFor(user, contextExtra),
    // Teams asks Entra ID for the app's own resource (webApplicationInfo.resource, its Application ID URI).
    getAuthToken: ssoTokenSource(user, app, params.get("tokenFault")),
    authenticate: (url, width, height) => openAuthenticationWindow(url, width, height, new URL(iframe.src).origin),
    onSettings,
    openLink: (link) => window.open(link, "_blank", "noopener"),
    shareToStage,
  });
  container.append(iframe);
  frame.attach();
  frames.add(frame);
  return frame;
}

/** The meeting tab's settings (content URL, suggested name), as the app's configuration page sets them (pages.config.setConfig). */
function configureMeetingTab(user, app) {
  return new Promise((resolve) => {
    const hidden = el("div", { hidden: "" });
    document.body.append(hidden);
    const frame = mountTab(hidden, app.configurableTabs[0].configurationUrl, user, app, "settings", {}, (settings) => {
      frames.delete(frame);
      frame.detach();
      hidden.remove();
      resolve(settings);
    });
  });
}

async function showCalendar(user) {
  const section = el("section", { class: "calendar", "aria-label": "Calendrier" }, el("h2", {}, "Calendrier"));
  stage.append(section);
  const list = await meetings(user);
  const format = new Intl.DateTimeFormat(params.get("locale") || user.locale, { dateStyle: "full", timeStyle: "short" });
  section.append(list.length === 0 ? el("p", {}, "Aucune réunion dans les huit semaines.")
    : el("ul", {}, ...list.map((m) => el("li", {}, el("button", { onclick: () => go({ view: "meeting", chat: m.chatId, at: m.start }) },
      `${format.format(new Date(m.start))} — ${m.subject}`)))));
}

async function showMeeting(user, app) {
  const list = await meetings(user);
  const meeting = list.find((m) => m.chatId === params.get("chat") && m.start === params.get("at")) ?? list.find((m) => m.chatId === params.get("chat"));
  if (!meeting) {
    stage.append(el("p", { class: "error" }, "Réunion introuvable."));
    return;
  }
  const settings = await configureMeetingTab(user, app);
  const contentUrl = settings.contentUrl;
  // Teams names the tab by the configuration's suggestedDisplayName (the manifest has no name for a configurable tab).
  const details = el("div", { class: "details", role: "region", "aria-label": settings.suggestedDisplayName || app.name.short });
  const side = el("aside", { class: "side-panel", "aria-label": app.name.short }, el("h3", {}, app.name.short));
  const format = new Intl.DateTimeFormat(params.get("locale") || user.locale, { dateStyle: "full", timeStyle: "short" });
  stage.append(el("section", { class: "meeting", "aria-label": meeting.subject },
    el("div", { class: "meeting-bar" }, el("h2", {}, `${meeting.subject} — ${format.format(new Date(meeting.start))}`),
      el("button", { onclick: () => go({ view: "calendar", chat: null, at: null }) }, "Quitter")),
    el("div", { class: "meeting-body" }, details, side)));
  const extra = { chatId: meeting.chatId, meetingId: meeting.meetingId, entityId: "seance" };
  mountTab(details, contentUrl, user, app, "content", extra);
  const presence = el("section", { class: "presence", "aria-label": "Participants" });
  details.parentElement.before(presence);
  const room = joinedMeeting(presence, user, meeting.meetingId ?? meeting.chatId, (url) => {
    // The stage replaces the details tab while something is shared, as Teams' meeting stage does.
    details.replaceChildren();
    details.setAttribute("aria-label", "Scène de la réunion");
    mountTab(details, url, user, app, "meetingStage", extra);
  });
  mountTab(side, contentUrl, user, app, "sidePanel", { ...extra, shareToStage: room.share });
}

/**
 * Join and leave buttons, who is in the meeting now, and the stage: the meeting is the emulator's (shared by every page that
 * opened it), polled every second; its record of who joined and left, when, is what Graph's attendance reports are made of.
 */
function joinedMeeting(container, user, meetingId, showStage) {
  const url = `/teams/api/meetings/${encodeURIComponent(meetingId)}`;
  const post = (path, body) => fetch(url + path, { method: path === "/stage" ? "PUT" : "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ user: user.id, ...body }) }).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`meeting ${r.status}`))));
  const list = el("ul", { "aria-label": "Dans la réunion" });
  const join = el("button", { onclick: () => post("/join").then(render) }, "Rejoindre la réunion");
  const leave = el("button", { onclick: () => post("/leave").then(render) }, "Raccrocher");
  container.append(join, leave, list);
  let stage = null;
  function render(state) {
    const inside = state.participants.some((p) => p.id === user.id);
    join.hidden = inside;
    leave.hidden = !inside;
    list.replaceChildren(...state.participants.map((p) => el("li", {}, p.displayName)));
    if (state.stageUrl && state.stageUrl !== stage && inside) {
      stage = state.stageUrl;
      showStage(stage);
    }
  }
  const poll = () => fetch(url).then((r) => r.json()).then(render).catch(() => {});
  poll();
  setInterval(poll, 1000);
  return { share: (contentUrl) => post("/stage", { contentUrl }).then(render) };
}

async function main() {
  themeSelect.addEventListener("change", () => setTheme(themeSelect.value));
  setTheme(theme);
  const { apps, user } = await signedIn(stage, "personal");
  if (!user) return;
  const app = apps[0];
  const view = params.get("view") || "personal";
  if (app) {
    rail.append(el("button", { "aria-current": view === "personal" ? "page" : "false", onclick: () => go({ view: "personal" }) }, app.name.short));
  }
  rail.append(activityButton(user, view === "activity"));
  rail.append(el("button", { "aria-current": view === "chat" ? "page" : "false", onclick: () => go({ view: "chat" }) }, "Chat"));
  rail.append(el("button", { "aria-current": view === "calendar" || view === "meeting" ? "page" : "false", onclick: () => go({ view: "calendar" }) }, "Calendrier"));
  if (view === "chat") {
    await showChat(stage, user, params.get("locale") || user.locale);
  } else if (view === "activity") {
    await showActivity(stage, user, params.get("locale") || user.locale);
  } else if (!app) {
    stage.append(el("p", { class: "error" }, "Aucune application installée : démarrez l'hôte local (scripts/run.sh)."));
  } else if (view === "personal") {
    const tab = app.staticTabs[0];
    // A deep link's subEntityId (an activity notification's, see teams-activity.js) reaches the tab as page.subPageId.
    mountTab(stage, tab.contentUrl, user, app, "content", { entityId: tab.entityId, subEntityId: params.get("subEntityId") ?? undefined });
  } else if (view === "meeting") {
    await showMeeting(user, app);
  } else {
    await showCalendar(user);
  }
}

main().catch((e) => stage.append(el("p", { class: "error", role: "alert" }, String(e))));
