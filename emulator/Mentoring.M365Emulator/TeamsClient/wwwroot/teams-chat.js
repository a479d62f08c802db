// The person's chat with the bot, as Teams shows it: the bot's messages oldest first, Adaptive Cards rendered by the official
// renderer (adaptivecards, served by this emulator), new and updated activities picked up by polling, and Action.Execute sent
// to the bot as an adaptiveCard/action invoke (the server signs it as the Bot Connector does); a card in the answer replaces
// the card in place, like Teams' universal actions.
import { el } from "./client-common.js";
import { hostConfigFor } from "./card-themes.js";

const POLL_MS = 2000;
const CARD = "application/vnd.microsoft.card.adaptive";
const TEXT = {
  fr: { none: "Aucune conversation avec un bot pour l'instant.", sending: "Envoi…", failed: "Un problème est survenu. Réessayez.", renderer: "Le moteur de rendu des cartes est absent : lancez scripts/setup.sh (npm ci).", chat: "Conversation avec" },
  en: { none: "No conversation with a bot yet.", sending: "Sending…", failed: "Something went wrong. Please try again.", renderer: "The card renderer is missing: run scripts/setup.sh (npm ci).", chat: "Chat with" },
};

/** Loads the renderer once, as a classic script (it is a UMD bundle that defines window.AdaptiveCards). */
let renderer;
function loadRenderer() {
  renderer ??= new Promise((resolve, reject) => {
    const script = el("script", { src: "/teams/adaptivecards.min.js" });
    script.onload = () => (window.AdaptiveCards ? resolve(window.AdaptiveCards) : reject(new Error("AdaptiveCards missing")));
    script.onerror = reject;
    document.head.append(script);
  });
  return renderer;
}

export async function showChat(stage, user, locale) {
  const text = TEXT[locale.slice(0, 2)] ?? TEXT.fr;
  const section = el("section", { class: "chat", "aria-label": "Chat" }, el("h2", {}, "Chat"));
  stage.append(section);
  let AC;
  try {
    AC = await loadRenderer();
  } catch {
    section.append(el("p", { class: "error", role: "alert" }, text.renderer));
    return;
  }

  const rendered = new Map(); // activity id -> the JSON it was rendered from, so polling re-renders only what changed
  const status = el("p", { class: "chat-status", role: "status" });
  const empty = el("p", {}, text.none);
  section.append(empty, status);
  const lists = new Map();
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: user.timeZone });

  async function invoke(chat, activity, action) {
    status.textContent = text.sending;
    const body = { user: user.userPrincipalName, replyToId: activity.id, locale, action: { id: action.id, verb: action.verb, data: action.data } };
    const response = await fetch(`/teams/api/chats/${encodeURIComponent(chat.id)}/invoke`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const result = response.ok ? await response.json() : { outcome: "error" };
    status.textContent = result.outcome === "error" ? text.failed : result.outcome === "message" ? result.message ?? "" : "";
    await refresh();
  }

  function renderActivity(chat, activity) {
    const item = el("li", { class: "message", "data-activity-id": activity.id },
      el("div", { class: "meta" }, `${activity.from?.name ?? chat.botName} · ${time.format(new Date(activity.timestamp))}`));
    if (activity.text) item.append(el("p", { class: "text" }, activity.text));
    for (const attachment of activity.attachments ?? []) {
      if (attachment.contentType !== CARD) continue;
      const card = new AC.AdaptiveCard();
      card.hostConfig = new AC.HostConfig(hostConfigFor(document.body.dataset.theme));
      card.onExecuteAction = (action) => {
        if (action instanceof AC.ExecuteAction) invoke(chat, activity, action);
      };
      card.parse(attachment.content);
      const node = card.render();
      if (node) item.append(el("div", { class: "card" }, node));
    }
    return item;
  }

  async function refresh() {
    const response = await fetch(`/teams/api/chats?user=${encodeURIComponent(user.userPrincipalName)}`);
    if (!response.ok) return;
    const { chats } = await response.json();
    empty.hidden = chats.length > 0;
    for (const chat of chats) {
      if (!lists.has(chat.id)) {
        const list = el("ol", { class: "messages", "aria-label": `${text.chat} ${chat.botName}` });
        lists.set(chat.id, list);
        section.insertBefore(list, status);
      }
      const list = lists.get(chat.id);
      for (const activity of chat.activities) {
        const json = JSON.stringify(activity);
        if (rendered.get(activity.id) === json) continue;
        const item = renderActivity(chat, activity);
        const old = list.querySelector(`[data-activity-id="${CSS.escape(activity.id)}"]`);
        old ? old.replaceWith(item) : list.append(item);
        rendered.set(activity.id, json);
      }
    }
  }

  // A theme switched in Teams redraws every card in the new theme's colours.
  new MutationObserver(() => {
    rendered.clear();
    refresh().catch(() => {});
  }).observe(document.body, { attributes: true, attributeFilter: ["data-theme"] });

  await refresh();
  setInterval(() => refresh().catch(() => {}), POLL_MS);
}
