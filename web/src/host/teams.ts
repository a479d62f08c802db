import { app, meeting, pages } from "@microsoft/teams-js";

/** What a page needs from its host, read once at start (the host modules are the only places that talk to Teams). */
export interface HostContext {
  locale: string;
  theme: HostTheme;
  /** Which Microsoft 365 client runs the tab: the unified manifest puts the personal tab in Teams, Outlook and the Microsoft 365 app. */
  hostName: HostName;
  /** Teams' hostClientType: "web", "desktop", "android", "ios", "ipados"… (phones and tablets save no downloads). */
  clientType: string;
  userId: string;
  tenantId: string;
  userName: string;
  /** The person's sign-in name: the consent page is opened for them (login_hint). */
  loginHint: string;
  frameContext: string;
  chatId: string | undefined;
  meetingId: string | undefined;
  /**
   * The deep link's sub-entity (`context={"subEntityId":…}` of `l/entity/…`, read as page.subPageId): what the tab opens at, e.g.
   * `session:{circle}:{session}` from an activity-feed nudge (docs/activity-feed.md).
   */
  subPageId?: string;
}

export type HostTheme = "default" | "dark" | "contrast";
export type HostName = "Teams" | "Outlook" | "Office";

export class HostUnavailableError extends Error {}

/**
 * How long a host may take to answer app.initialize. A page outside any host fails at once (teams-js finds neither a parent
 * frame nor Teams mobile's window.nativeInterface); the timeout covers a host that never answers, so the page explains
 * instead of spinning forever.
 */
const startTimeoutMs = 10_000;

/**
 * Connects through teams-js alone: in a frame of Teams, Outlook or the Microsoft 365 app (web, desktop), or frameless on
 * Teams mobile, where the tab is the WebView's top window and teams-js talks to the native host (no parent frame to test
 * for here: the SDK knows its transports).
 */
export async function connectToHost(validOrigins: string[]): Promise<HostContext> {
  await withTimeout(app.initialize(validOrigins.length > 0 ? validOrigins : undefined), startTimeoutMs)
    .catch((e: unknown) => Promise.reject(new HostUnavailableError(e instanceof Error ? e.message : String(e))));
  const context = await app.getContext();
  app.notifySuccess().catch(() => undefined);
  return {
    locale: context.app.locale,
    theme: asTheme(context.app.theme),
    hostName: asHostName(context.app.host.name),
    clientType: context.app.host.clientType,
    userId: context.user?.id ?? "",
    tenantId: context.user?.tenant?.id ?? "",
    userName: context.user?.displayName ?? context.user?.userPrincipalName ?? "",
    loginHint: context.user?.loginHint ?? context.user?.userPrincipalName ?? "",
    frameContext: context.page.frameContext ?? "content",
    chatId: context.chat?.id,
    meetingId: context.meeting?.id,
    subPageId: context.page.subPageId || undefined,
  };
}

/** Rejects with a "timeout" error when the promise has not settled in time. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e); });
  });
}

export function onThemeChange(handler: (theme: HostTheme) => void): void {
  app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme)));
}

/** The configuration page of the meeting tab: the tab always opens the meeting page, named in the person's language. */
export async function saveMeetingTabConfiguration(contentUrl: string, displayName: string): Promise<void> {
  const settings = { contentUrl, websiteUrl: contentUrl, entityId: "seance", suggestedDisplayName: displayName };
  pages.config.registerOnSaveHandler((save) => {
    pages.config.setConfig(settings).then(() => save.notifySuccess(), (e: unknown) => save.notifyFailure(String(e)));
  });
  await pages.config.setConfig(settings);
  pages.config.setValidityState(true);
}

export function openExternal(url: string): void {
  app.openLink(url).catch(() => window.open(url, "_blank", "noopener"));
}

function asTheme(theme: string | undefined): HostTheme {
  return theme === "dark" || theme === "contrast" ? theme : "default";
}

// teams-js' HostName: "Teams" (and the older "TeamsModern"), "Outlook", "OutlookWin32", "Office" (the Microsoft 365 app)…
function asHostName(name: string | undefined): HostName {
  if (name?.startsWith("Outlook")) return "Outlook";
  if (name === "Office") return "Office";
  return "Teams";
}

/** Shows a page on the meeting's stage for everyone in the meeting (side panel or stage only; Teams refuses elsewhere). */
export function shareToStage(contentUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    meeting.shareAppContentToStage((error, result) => (error || !result ? reject(new Error(error?.message ?? "not shared")) : resolve()), contentUrl);
  });
}
