// The host side of teams-js v2's protocol (OfficeDev/microsoft-teams-library-js, packages/teams-js/src/internal/communication.ts):
// a tab sends {id, uuidAsString, func, args}; the host answers {id, uuidAsString, args}; host events are {func, args}
// (themeChange). On the web and desktop the tab posts to its parent frame (TeamsFrame); on Teams mobile the tab has no parent
// and talks through window.nativeInterface.framelessPostMessage, answered through window.onNativeMessage (phone.js). The
// answers are the same either way: TeamsSession holds them, a transport sends them.

// public/runtime.ts: apiVersion 4 and the capabilities this host implements. Outlook and the Microsoft 365 app run personal
// tabs with fewer capabilities than Teams: no meeting tabs' configuration (pages.config), no teamsCore
// (learn.microsoft.com/microsoftteams/platform/m365-apps/teamsjs-support-m365, "Microsoft 365 support for TeamsJS").
const teamsSupports = { app: {}, appEntity: {}, authentication: {}, pages: { appButton: {}, backStack: {}, config: {}, tabs: {} }, teamsCore: {} };
const officeSupports = { app: {}, authentication: {}, pages: { appButton: {}, backStack: {} } };
const runtimeFor = (hostName) => JSON.stringify({
  apiVersion: 4,
  isLegacyTeams: false,
  supports: hostName === "Teams" ? teamsSupports : officeSupports,
});
const clientSdkVersion = "2.58.0";
const notSupported = { errorCode: 100, message: "Not supported by the emulator's Teams client." };
const windows = new Map(); // a tab's or an authentication popup's window -> the session answering it

/**
 * One tab's conversation with the host, whatever carries it.
 * @param {(message: object) => void} send how an answer or an event reaches the tab
 * @param {{frameContext: string, hostName?: string, clientType?: string, context: () => object, getAuthToken: () => Promise<string>,
 *   authenticate?: (url: string, width: number, height: number) => Promise<string>, onSettings?: (s: object) => void,
 *   openLink?: (url: string) => void, shareToStage?: (url: string) => Promise<void>}} options
 */
export class TeamsSession {
  constructor(send, options) {
    this.send = send;
    this.options = options;
    this.handlers = new Set();
    this.log = [];
  }

  /** Sends a host event (themeChange…) if the tab registered a handler for it, as Teams does. */
  notify(func, args) {
    if (this.handlers.has(func)) this.send({ func, args });
  }

  async handle(message) {
    this.log.push(message.func);
    const answer = (args) => this.send({ id: message.id, uuidAsString: message.uuidAsString, args });
    const hostName = this.options.hostName ?? "Teams";
    switch (message.func) {
      case "initialize":
        return answer([this.options.frameContext, this.options.clientType ?? "web", runtimeFor(hostName), clientSdkVersion]);
      case "getContext":
        return answer([{ ...this.options.context(), hostName, hostClientType: this.options.clientType ?? "web", frameContext: this.options.frameContext }]);
      case "authentication.getAuthToken":
        return answer(await settled(this.options.getAuthToken()));
      case "authentication.authenticate":
        // [url, width, height, isExternal] (public/authentication.ts); answered [true, result] or [false, reason].
        return answer(this.options.authenticate
          ? await settled(this.options.authenticate(message.args?.[0], message.args?.[1], message.args?.[2]))
          : [false, "FailedToOpenWindow"]);
      case "registerHandler":
        this.handlers.add(message.args?.[0]);
        return undefined;
      case "settings.setSettings":
        this.options.onSettings?.(message.args?.[0] ?? {});
        return answer([true]);
      case "settings.setValidityState":
      case "appInitialization.appLoaded":
      case "appInitialization.success":
        return answer([]);
      case "meeting.shareAppContentToStage":
        // [appContentUrl, {sharingProtocol}] from the side panel or the stage (public/meeting/meeting.ts ensureInitialized);
        // answered [error, result]: Teams shows the page on the stage of everyone in the meeting.
        if (!["sidePanel", "meetingStage"].includes(this.options.frameContext) || !this.options.shareToStage) return answer([notSupported, false]);
        return answer(await this.options.shareToStage(message.args?.[0]).then(() => [null, true], (e) => [{ errorCode: 500, message: String(e) }, false]));
      case "executeDeepLink":
      case "openLink":
        this.options.openLink?.(message.args?.[0]);
        return answer([]);
      default:
        return answer([notSupported]);
    }
  }
}

async function settled(promise) {
  try {
    return [true, await promise];
  } catch (e) {
    return [false, String(e && e.message ? e.message : e)];
  }
}

/** A tab in an iframe of this page: answers go to that frame, from the origin it was loaded from. */
export class TeamsFrame extends TeamsSession {
  constructor(iframe, options) {
    super((m) => this.origin && iframe.contentWindow?.postMessage(m, this.origin), options);
    this.iframe = iframe;
    this.origin = null;
  }

  attach() {
    windows.set(this.iframe.contentWindow, this);
  }

  detach() {
    windows.delete(this.iframe.contentWindow);
  }

  accepts(origin) {
    // Teams answers only frames whose origin the app declared (validDomains); here, the origin the frame was loaded from.
    if (new URL(this.iframe.src).origin !== origin) return false;
    this.origin = origin;
    return true;
  }
}

/**
 * authentication.authenticate: Teams opens the URL in a popup window whose page (the app's own, after the identity provider)
 * calls authentication.notifySuccess or notifyFailure, which teams-js posts to its opener as "authentication.authenticate.
 * success"/".failure" (public/authentication.ts). A popup the browser blocked is "FailedToOpenWindow", one the person closed
 * "CancelledByUser" (the reasons teams-js documents for authenticate's rejection).
 */
export function openAuthenticationWindow(url, width, height, appOrigin) {
  const popup = window.open(url, "_blank", `popup,width=${width || 600},height=${height || 535}`);
  if (!popup) return Promise.reject(new Error("FailedToOpenWindow"));
  return new Promise((resolve, reject) => {
    let origin = "*";
    const finish = (settle, value) => {
      clearInterval(watch);
      windows.delete(popup);
      settle(value);
    };
    const watch = setInterval(() => popup.closed && finish(reject, new Error("CancelledByUser")), 250);
    const session = new TeamsSession((m) => popup.postMessage(m, origin), {
      frameContext: "authentication",
      context: () => ({}),
      getAuthToken: () => Promise.reject(new Error("Not supported in the authentication window.")),
    });
    // Only the app's own page may end the flow (its validDomains), never the identity provider's page before it.
    session.accepts = (from) => from === appOrigin && ((origin = from), true);
    const handle = session.handle.bind(session);
    session.handle = (message) => {
      if (message.func === "authentication.authenticate.success") return finish(resolve, message.args?.[0] ?? "");
      if (message.func === "authentication.authenticate.failure") return finish(reject, new Error(message.args?.[0] ?? "CancelledByUser"));
      return handle(message);
    };
    windows.set(popup, session);
  });
}

window.addEventListener("message", (event) => {
  const session = windows.get(event.source);
  const message = event.data;
  if (!session || !message || typeof message.func !== "string") return;
  if (!session.accepts(event.origin)) return;
  void session.handle(message);
});
