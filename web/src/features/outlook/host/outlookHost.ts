import type { HostTheme } from "../../../host/teams";

/**
 * The one module through which the task pane talks to Outlook: Office.js, which the pane's page (taskpane.html) loads in
 * its head from Microsoft's CDN as Outlook add-ins must. Locally the emulator's Outlook answers the same Office.js calls
 * (the local host serves its stand-in at that script's place); nothing here knows it.
 */

/** Mailbox requirement sets the pane relies on: the manifest's minimum, then what adoption needs, then the theme's event. */
export const MAILBOX = { minimum: "1.3", recurrence: "1.7", itemId: "1.8", theme: "1.14" } as const;

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

/** A recurrence in the pane's own terms; officeHost turns it into Office.js's (recurrenceType, SeriesTime). */
export interface PaneRecurrence {
  pattern: "weekly" | "relativeMonthly";
  interval: number;
  dayOfWeek: string;
  index?: "first" | "second" | "third" | "fourth" | "last";
  startDate: string;
  startTime: string;
  durationMinutes: number;
  occurrences: number;
  /** The date of the last occurrence: Office.js' SeriesTime ends on a date, not after a count. */
  endDate: string;
}

/** Whether the API token came without a word from the person, or needs them to click (a sign-in popup). */
export type SignInState = "signedIn" | "needsGesture";

export interface OutlookHost {
  locale: string;
  userName: string;
  /** The Entra ids of the person, read from their token (Outlook does not give them); empty until signed in. */
  readonly userId: string;
  readonly tenantId: string;
  /** The mailbox's IANA time zone (Outlook's userProfile.timeZone): the appointment's wall-clock times are in it. */
  timeZone: string;
  /** Outlook's theme, as a Teams theme name. */
  theme: HostTheme;
  onThemeChange(handler: (theme: HostTheme) => void): void;
  /** Whether this Outlook implements a Mailbox requirement set ("1.7", "1.8"…). */
  supports(version: string): boolean;
  /** A token without prompting, if the broker can give one. */
  trySilentSignIn(): Promise<SignInState>;
  /** The sign-in popup: call only from a click (browsers block popups without a user gesture). */
  signIn(): Promise<void>;
  getItem(): Promise<AppointmentItem>;
  setSubject(subject: string): Promise<void>;
  setBody(html: string): Promise<void>;
  setRecurrence(recurrence: PaneRecurrence): Promise<void>;
  /** Saves the draft; returns its id (an EWS id in Outlook). In cached mode the server may not have it yet. */
  save(): Promise<string>;
  /** The saved item's id (Mailbox 1.8), null while never saved. */
  getItemId(): Promise<string | null>;
  toRestId(id: string): string;
  getAccessToken(): Promise<string>;
  /** Closes the form (a draft is discarded). */
  close(): Promise<void>;
}

let connected: OutlookHost | null = null;

/** Called once by the pane's start. */
export function setOutlookHost(host: OutlookHost): void {
  connected = host;
}

/** The host the page connected to at start. */
export function outlookHost(): OutlookHost {
  if (!connected) throw new Error("the task pane is not connected to Outlook");
  return connected;
}
