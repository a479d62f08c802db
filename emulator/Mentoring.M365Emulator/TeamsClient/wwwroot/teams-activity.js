// The activity rail: a bell with the count of unread notifications (polled), the feed as a list, and a click that opens the
// tab where the notification's link points. Teams reads a deep link to a tab, https://teams.microsoft.com/l/entity/{appId}/
// {entityId}?context={"subEntityId":"…"}, and gives the tab the subEntityId as page.subPageId
// (learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application, "Deep link to a tab").
import { el, go } from "./client-common.js";

const api = (user) => `/teams/api/activity?user=${encodeURIComponent(user.id)}`;

/** The bell button for the rail; its label carries the count, as a screen reader reads it. */
export function activityButton(user, current) {
  const button = el("button", { "aria-current": current ? "page" : "false", onclick: () => go({ view: "activity" }) }, "Activité");
  const refresh = () => fetch(api(user)).then((r) => r.json()).then((feed) => {
    button.textContent = feed.unread > 0 ? `Activité (${feed.unread})` : "Activité";
    button.setAttribute("aria-label", feed.unread > 0 ? `Activité, ${feed.unread} non lue(s)` : "Activité");
  }).catch(() => {});
  refresh();
  setInterval(refresh, 1000);
  return button;
}

/** The tab a deep link opens: the view and the sub-entity to hand the personal tab, or null for a link Teams would open elsewhere. */
export function tabOf(webUrl) {
  let url;
  try {
    url = new URL(webUrl);
  } catch {
    return null;
  }
  const match = /^\/l\/entity\/[^/]+\/([^/?]+)/.exec(url.pathname);
  if (!match) return null;
  let subEntityId = null;
  try {
    subEntityId = JSON.parse(url.searchParams.get("context") || "{}").subEntityId ?? null;
  } catch {
    subEntityId = null;
  }
  return { entityId: decodeURIComponent(match[1]), subEntityId };
}

export async function showActivity(stage, user, locale) {
  const section = el("section", { class: "calendar", "aria-label": "Activité" }, el("h2", {}, "Activité"));
  stage.append(section);
  const feed = await fetch(api(user)).then((r) => r.json());
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  if (feed.notifications.length === 0) {
    section.append(el("p", {}, "Aucune activité."));
    return;
  }
  section.append(el("ul", { "aria-label": "Notifications" }, ...feed.notifications.map((n) => el("li", {},
    el("button", { onclick: () => open(user, n) },
      `${n.actor} — ${n.reason}\n${n.previewText.slice(0, 150)}\n${n.topic} · ${format.format(new Date(n.createdDateTime))}${n.read ? "" : " · non lue"}`)))));
}

async function open(user, notification) {
  await fetch(`/teams/api/activity/${encodeURIComponent(notification.id)}/read?user=${encodeURIComponent(user.id)}`, { method: "POST" });
  const tab = tabOf(notification.webUrl);
  if (tab) go({ view: "personal", subEntityId: tab.subEntityId });
  else window.open(notification.webUrl, "_blank", "noopener");
}
