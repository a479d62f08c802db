// The host side of teams-js v2's postMessage protocol (OfficeDev/microsoft-teams-library-js,
// packages/teams-js/src/internal/communication.ts): a tab posts {id, uuidAsString, func, args} to its parent; the host
// answers {id, uuidAsString, args} to that frame; host events are {func, args} (themeChange). One TeamsFrame per iframe.

// public/runtime.ts: apiVersion 4 and the capabilities this host implements.
const runtime = JSON.stringify({
  apiVersion: 4,
  isLegacyTeams: false,
  supports: { app: {}, appEntity: {}, authentication: {}, pages: { appButton: {}, backStack: {}, config: {}, tabs: {} }, teamsCore: {} },
});
const clientSdkVersion = "2.58.0";
const notSupported = { errorCode: 100, message: "Not supported by the emulator's Teams client." };
const frames = new Map(); // contentWindow -> TeamsFrame

export class TeamsFrame {
  /**
   * @param {HTMLIFrameElement} iframe the tab's frame (its src is set by the caller)
   * @param {{frameContext: string, context: () => object, getAuthToken: () => Promise<string>, onSettings?: (s: object) => void, openLink?: (url: string) => void}} options
   */
  constructor(iframe, options) {
    this.iframe = iframe;
    this.options = options;
    this.origin = null;
    this.handlers = new Set();
    this.log = [];
  }

  attach() {
    frames.set(this.iframe.contentWindow, this);
  }

  detach() {
    frames.delete(this.iframe.contentWindow);
  }

  /** Sends a host event (themeChange…) if the tab registered a handler for it, as Teams does. */
  notify(func, args) {
    if (this.origin && this.handlers.has(func)) this.iframe.contentWindow?.postMessage({ func, args }, this.origin);
  }

  async handle(message, origin) {
    this.origin = origin;
    this.log.push(message.func);
    const answer = (args) => this.iframe.contentWindow?.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, origin);
    switch (message.func) {
      case "initialize":
        return answer([this.options.frameContext, "web", runtime, clientSdkVersion]);
      case "getContext":
        return answer([{ ...this.options.context(), frameContext: this.options.frameContext }]);
      case "authentication.getAuthToken":
        try {
          return answer([true, await this.options.getAuthToken()]);
        } catch (e) {
          return answer([false, String(e && e.message ? e.message : e)]);
        }
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
      case "executeDeepLink":
      case "openLink":
        this.options.openLink?.(message.args?.[0]);
        return answer([]);
      default:
        return answer([notSupported]);
    }
  }
}

window.addEventListener("message", (event) => {
  const frame = frames.get(event.source);
  const message = event.data;
  if (!frame || !message || typeof message.func !== "string") return;
  // Teams answers only frames whose origin the app declared (validDomains); here, the origin the frame was loaded from.
  if (new URL(frame.iframe.src).origin !== event.origin) return;
  void frame.handle(message, event.origin);
});
