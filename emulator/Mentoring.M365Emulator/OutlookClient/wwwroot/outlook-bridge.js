// The host side of the task pane's bridge. Office.js cannot run against a host it does not know (its protocol with
// Outlook is not public), so the pane reaches its host through its own small module, whose emulator implementation posts
// {channel, id, method, args} to this page; the page answers {channel, id, ok, value | error} to that frame only.
export const CHANNEL = "mentoring-outlook";

export class PaneBridge {
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

  async receive(event) {
    const message = event.data;
    if (event.source !== this.iframe.contentWindow || !message || message.channel !== CHANNEL) return;
    // Outlook loads only the page the manifest names: answer that origin, never another.
    if (new URL(this.iframe.src).origin !== event.origin) return;
    this.calls.push(message.method);
    const reply = (body) => this.iframe.contentWindow?.postMessage({ channel: CHANNEL, id: message.id, ...body }, event.origin);
    const method = this.methods[message.method];
    if (!method) return reply({ ok: false, error: `Not supported by the emulator's Outlook: ${message.method}` });
    try {
      reply({ ok: true, value: await method(...(message.args ?? [])) });
    } catch (e) {
      reply({ ok: false, error: String(e && e.message ? e.message : e) });
    }
  }
}
