// The Outlook side of the Office.js stand-in (office.js, loaded in the pane's own page): answers its calls
// {channel, id, method, args} from the pane's frame only, and tells it about the host's events (the Office theme).
export const CHANNEL = "office-js-standin";

export class OfficeHost {
  /** @param {HTMLIFrameElement} iframe @param {Record<string, (...args: any[]) => any>} methods */
  constructor(iframe, methods) {
    this.iframe = iframe;
    this.methods = methods;
    this.calls = [];
    this.listener = (event) => this.receive(event);
    window.addEventListener("message", this.listener);
  }

  detach() {
    window.removeEventListener("message", this.listener);
  }

  /** An event Office.js raises in the add-in (OfficeThemeChanged). */
  emit(event, payload) {
    this.iframe.contentWindow?.postMessage({ channel: CHANNEL, event, ...payload }, new URL(this.iframe.src).origin);
  }

  async receive(event) {
    const message = event.data;
    if (event.source !== this.iframe.contentWindow || !message || message.channel !== CHANNEL || !message.method) return;
    // Outlook loads only the page the manifest names: answer that origin, never another.
    if (new URL(this.iframe.src).origin !== event.origin) return;
    this.calls.push(message.method);
    const reply = (body) => this.iframe.contentWindow?.postMessage({ channel: CHANNEL, id: message.id, ...body }, event.origin);
    const method = this.methods[message.method];
    if (!method) return reply({ ok: false, error: { code: 5001, name: "Internal Error", message: `Not supported by the emulator's Outlook: ${message.method}` } });
    try {
      reply({ ok: true, value: await method(...(message.args ?? [])) });
    } catch (e) {
      reply({ ok: false, error: e && typeof e === "object" && "code" in e ? e : { code: 9020, name: "GenericResponseError", message: String(e && e.message ? e.message : e) } });
    }
  }
}
