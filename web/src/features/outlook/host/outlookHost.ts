/**
 * The one module through which the task pane talks to Outlook. Two implementations: Office.js in a real Outlook
 * (loaded only there, from Microsoft's script as Outlook add-ins must), and the emulator's postMessage bridge (Office.js
 * cannot run against a host it does not know). Everything else in the pane is shared.
 */

/** Mailbox requirement sets the pane relies on: the manifest's minimum, then what adoption needs. */
export const MAILBOX = { minimum: "1.3", recurrence: "1.7", itemId: "1.8" } as const;

export interface Attendee {
  email: string;
  name: string;
}

/** The appointment being composed, as the pane reads it. */
export interface AppointmentItem {
  subject: string;
  attendees: Attendee[];
  start: Date;
  end: Date;
  isAllDay: boolean;
}

/** A recurrence in the pane's own terms; each host turns it into its API's (Office.js SeriesTime, Graph's pattern). */
export interface PaneRecurrence {
  pattern: "weekly" | "relativeMonthly";
  interval: number;
  dayOfWeek: string;
  index?: "first" | "second" | "third" | "fourth" | "last";
  startDate: string;
  startTime: string;
  durationMinutes: number;
  occurrences: number;
}

export interface OutlookHost {
  kind: "office" | "emulator";
  locale: string;
  userId: string;
  tenantId: string;
  userName: string;
  /** The person's IANA time zone: the circle's cadence is in it. */
  timeZone: string;
  /** Whether this Outlook implements a Mailbox requirement set ("1.7", "1.8"…). */
  supports(version: string): boolean;
  getItem(): Promise<AppointmentItem>;
  setSubject(subject: string): Promise<void>;
  setBody(html: string): Promise<void>;
  setRecurrence(recurrence: PaneRecurrence): Promise<void>;
  /** Saves the draft; returns its id (an EWS id in Outlook). */
  save(): Promise<string>;
  /** The saved item's id (Mailbox 1.8), null while never saved. */
  getItemId(): Promise<string | null>;
  toRestId(id: string): Promise<string>;
  getAccessToken(): Promise<string>;
  /** Closes the form (a draft is discarded). */
  close(): Promise<void>;
}

let connected: OutlookHost | null = null;

/** The emulator answers the bridge at once; a real Outlook never does, and then Office.js is loaded. */
export async function connectOutlook(): Promise<OutlookHost> {
  const { tryBridge } = await import("./bridgeHost");
  connected = await tryBridge(800);
  if (!connected) {
    const { connectOffice } = await import("./officeHost");
    connected = await connectOffice();
  }
  return connected;
}

/** The host the page connected to at start. */
export function outlookHost(): OutlookHost {
  if (!connected) throw new Error("the task pane is not connected to Outlook");
  return connected;
}

/** Compares dotted versions numerically ("1.10" is after "1.8"). */
export function atLeast(actual: string, wanted: string): boolean {
  const a = actual.split(".").map(Number);
  const w = wanted.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, w.length); i++) {
    const d = (a[i] ?? 0) - (w[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}
