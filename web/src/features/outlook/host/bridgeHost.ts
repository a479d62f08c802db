import { atLeast, type AppointmentItem, type Attendee, type OutlookHost, type PaneRecurrence } from "./outlookHost";

const CHANNEL = "mentoring-outlook";

interface Reply {
  channel: string;
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

let next = 1;
const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

window.addEventListener("message", (event: MessageEvent<Reply>) => {
  // Only the parent (the emulator's Outlook page) answers; anything else is ignored.
  if (event.source !== window.parent || event.data?.channel !== CHANNEL) return;
  const call = waiting.get(event.data.id);
  if (!call) return;
  waiting.delete(event.data.id);
  if (event.data.ok) call.resolve(event.data.value);
  else call.reject(new Error(event.data.error ?? "bridge error"));
});

function call<T>(method: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const id = next++;
    waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
    window.parent.postMessage({ channel: CHANNEL, id, method, args }, "*");
  });
}

interface BridgeContext {
  locale: string;
  userId: string;
  tenantId: string;
  userName: string;
  timeZone: string;
  mailbox: string;
}

/** The emulator's Outlook, if it answers within <paramref name="timeoutMs"/>. */
export async function tryBridge(timeoutMs: number): Promise<OutlookHost | null> {
  if (window.parent === window) return null;
  const context = await Promise.race([call<BridgeContext>("context"), new Promise<null>((r) => setTimeout(() => r(null), timeoutMs))]);
  if (!context) return null;
  return {
    kind: "emulator",
    locale: context.locale,
    userId: context.userId,
    tenantId: context.tenantId,
    userName: context.userName,
    timeZone: context.timeZone,
    supports: (version) => atLeast(context.mailbox, version),
    getItem: async () => {
      const item = await call<{ subject: string; attendees: Attendee[]; start: string; end: string; isAllDay: boolean }>("getItem");
      return { ...item, start: new Date(item.start), end: new Date(item.end) } satisfies AppointmentItem;
    },
    setSubject: (subject) => call("setSubject", subject),
    setBody: (html) => call("setBody", html),
    setRecurrence: (r: PaneRecurrence) => call("setRecurrence", r),
    save: () => call<string>("save"),
    getItemId: () => call<string | null>("getItemId"),
    toRestId: (id) => call<string>("convertToRestId", id),
    getAccessToken: () => call<string>("getAccessToken"),
    close: () => call("close"),
  };
}
