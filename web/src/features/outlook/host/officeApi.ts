/* The little of Office.js the pane uses (appointment compose), typed here rather than pulling @types/office-js in.
 * learn.microsoft.com/javascript/api/outlook/office.appointmentcompose */
export interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { code: number; name: string; message: string };
}
export type Callback<T> = (result: AsyncResult<T>) => void;
interface Field<T> {
  getAsync(cb: Callback<T>): void;
  setAsync(value: T, cb: Callback<void>): void;
}
export interface SeriesTime {
  setStartDate(year: number, month: number, day: number): void;
  setEndDate(year: number, month: number, day: number): void;
  setStartTime(hours: number, minutes: number): void;
  setDuration(minutes: number): void;
}
export interface ComposeItem {
  subject: Field<string>;
  requiredAttendees: { getAsync(cb: Callback<{ emailAddress: string; displayName: string }[]>): void };
  optionalAttendees: { getAsync(cb: Callback<{ emailAddress: string; displayName: string }[]>): void };
  start: { getAsync(cb: Callback<Date>): void };
  end: { getAsync(cb: Callback<Date>): void };
  body: { setAsync(v: string, o: { coercionType: string }, cb: Callback<void>): void };
  /** Mailbox 1.7. */
  recurrence?: { setAsync(v: unknown, cb: Callback<void>): void };
  /** Mailbox preview. */
  isAllDayEvent?: { getAsync(cb: Callback<boolean>): void };
  saveAsync(cb: Callback<string>): void;
  /** Mailbox 1.8. */
  getItemIdAsync?(cb: Callback<string>): void;
  close(): void;
}
export interface OfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
}
export interface OfficeApi {
  onReady(): Promise<{ host: string | null }>;
  SeriesTime: new () => SeriesTime;
  EventType: { OfficeThemeChanged: string };
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, version?: string): boolean };
    /** Mailbox 1.14 in Outlook. */
    officeTheme?: OfficeTheme;
    mailbox: {
      item: ComposeItem;
      userProfile: { emailAddress: string; displayName: string; timeZone: string };
      convertToRestId(id: string, version: string): string;
      addHandlerAsync(type: string, handler: (e: { officeTheme?: OfficeTheme }) => void, cb?: Callback<void>): void;
    };
  };
  auth: { getAccessToken(options: { allowSignInPrompt: boolean; allowConsentPrompt: boolean }): Promise<string> };
}
declare global {
  interface Window {
    Office?: OfficeApi;
  }
}

/** An Office.js callback as a promise. */
export function promised<T>(start: (cb: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((r) => (r.status === "succeeded" ? resolve(r.value) : reject(Object.assign(new Error(r.error?.message ?? "Office.js failed"), { code: r.error?.code })))));
}
