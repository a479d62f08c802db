// What Teams mobile puts into a tab's page before the page runs: the tab is the WebView's top window (no parent frame), and
// teams-js, finding no parent, talks through window.nativeInterface.framelessPostMessage(json) and hears the answers through
// window.onNativeMessage({data}) (OfficeDev/microsoft-teams-library-js, packages/teams-js/src/internal/communication.ts:
// initializeCommunication's frameless branch, "Initialization Failed. No Parent window found." when nativeInterface is
// missing). Android injects it with addJavascriptInterface, iOS with a user script; here the browser test injects this file
// (Playwright's addInitScript) after setting window.__teamsPhone = { native: "<emulator>/teams/phone.html?user=…" }.
// The native side is the emulator's phone.html, in a hidden frame, spoken to over a MessageChannel of its own so that
// nothing reaches the tab's own message listener.
(() => {
  const phone = window.__teamsPhone;
  if (!phone || window.top !== window) return;
  const waiting = [];
  let port = null;
  window.nativeInterface = {
    framelessPostMessage: (json) => (port ? port.postMessage(json) : waiting.push(json)),
  };
  const connect = () => {
    const native = document.createElement("iframe");
    native.hidden = true;
    native.title = "Teams (native)";
    native.src = phone.native;
    native.addEventListener("load", () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => window.onNativeMessage?.({ data: event.data });
      native.contentWindow.postMessage("teams-native", new URL(phone.native).origin, [channel.port2]);
      port = channel.port1;
      for (const json of waiting.splice(0)) port.postMessage(json);
    });
    document.body.append(native);
  };
  if (document.body) connect();
  else document.addEventListener("DOMContentLoaded", connect);
})();
