import type { CircleKind } from "../../circles/api/types";
import type { AppointmentItem, PaneRecurrence } from "../host/outlookHost";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
const WEEKS = ["first", "second", "third", "fourth", "last"] as const;

/** The appointment's start as a wall-clock date and time in the person's zone. */
export function localStart(item: AppointmentItem, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(item.start).map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The cadence that fits the kind, from the appointment's start: monthly (same weekday of the month) or every two weeks. */
export function recurrenceFor(kind: CircleKind, item: AppointmentItem, timeZone: string): PaneRecurrence {
  const { date, time } = localStart(item, timeZone);
  const day = new Date(`${date}T12:00:00Z`);
  const durationMinutes = Math.max(15, Math.round((item.end.getTime() - item.start.getTime()) / 60_000));
  const dayOfWeek: string = WEEKDAYS[day.getUTCDay()] ?? "monday";
  if (kind === "mentorship") {
    const index = WEEKS[Math.min(4, Math.floor((day.getUTCDate() - 1) / 7))] ?? "last";
    const last = nthWeekdayOfMonth(day.getUTCFullYear(), day.getUTCMonth() + 5, day.getUTCDay(), index);
    return { pattern: "relativeMonthly", interval: 1, dayOfWeek, index, startDate: date, startTime: time, durationMinutes, occurrences: 6, endDate: iso(last) };
  }
  const last = new Date(day.getTime() + 11 * 14 * 86_400_000);
  return { pattern: "weekly", interval: 2, dayOfWeek, startDate: date, startTime: time, durationMinutes, occurrences: 12, endDate: iso(last) };
}

/** The first…fourth or last given weekday of a month (month may run past 11: Date.UTC carries it into the next years). */
function nthWeekdayOfMonth(year: number, month: number, weekday: number, index: (typeof WEEKS)[number]): Date {
  if (index === "last") {
    const end = new Date(Date.UTC(year, month + 1, 0, 12));
    return new Date(end.getTime() - ((end.getUTCDay() - weekday + 7) % 7) * 86_400_000);
  }
  const first = new Date(Date.UTC(year, month, 1, 12));
  return new Date(first.getTime() + (((weekday - first.getUTCDay() + 7) % 7) + 7 * WEEKS.indexOf(index)) * 86_400_000);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
