import { app, authentication, pages } from "@microsoft/teams-js";

/** What a page needs from its host, read once at start (the host module is the only place that talks to Teams). */
export interface HostContext {
  locale: string;
  theme: HostTheme;
  userId: string;
  tenantId: string;
  userName: string;
  frameContext: string;
  chatId: string | undefined;
  meetingId: string | undefined;
}

export type HostTheme = "default" | "dark" | "contrast";

export class HostUnavailableError extends Error {}

/** Connects to Teams (or the emulator's Teams client) and reads the context. Fails fast outside a host. */
export async function connectToHost(validOrigins: string[]): Promise<HostContext> {
  if (window.parent === window && !window.opener) {
    throw new HostUnavailableError("no host window");
  }
  await app.initialize(validOrigins.length > 0 ? validOrigins : undefined);
  const context = await app.getContext();
  app.notifySuccess().catch(() => undefined);
  return {
    locale: context.app.locale,
    theme: asTheme(context.app.theme),
    userId: context.user?.id ?? "",
    tenantId: context.user?.tenant?.id ?? "",
    userName: context.user?.displayName ?? context.user?.userPrincipalName ?? "",
    frameContext: context.page.frameContext ?? "content",
    chatId: context.chat?.id,
    meetingId: context.meeting?.id,
  };
}

/** The API token, by single sign-on only: Teams asks Entra ID for the app's resource (webApplicationInfo). */
export function getApiToken(): Promise<string> {
  return authentication.getAuthToken();
}

export function onThemeChange(handler: (theme: HostTheme) => void): void {
  app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme)));
}

/** The configuration page of the meeting tab: the tab always opens the meeting page. */
export async function saveMeetingTabConfiguration(contentUrl: string): Promise<void> {
  pages.config.registerOnSaveHandler((save) => {
    pages.config
      .setConfig({ contentUrl, websiteUrl: contentUrl, entityId: "seance", suggestedDisplayName: "Séance" })
      .then(() => save.notifySuccess(), (e: unknown) => save.notifyFailure(String(e)));
  });
  await pages.config.setConfig({ contentUrl, websiteUrl: contentUrl, entityId: "seance", suggestedDisplayName: "Séance" });
  pages.config.setValidityState(true);
}

export function openExternal(url: string): void {
  app.openLink(url).catch(() => window.open(url, "_blank", "noopener"));
}

function asTheme(theme: string | undefined): HostTheme {
  return theme === "dark" || theme === "contrast" ? theme : "default";
}
