import { test } from "node:test";
import assert from "node:assert/strict";
import { localStart, recurrenceFor } from "./plan";

const appointment = (startUtc: string, minutes = 60) => ({
  subject: "Mentorat",
  attendees: [],
  start: new Date(startUtc),
  end: new Date(new Date(startUtc).getTime() + minutes * 60_000),
  isAllDay: false,
});

test("the start reads on the person's wall clock, not the machine's", () => {
  // 17:00 UTC on 15 December 2026 is 18:00 in Paris and 12:00 in Toronto.
  assert.deepEqual(localStart(appointment("2026-12-15T17:00:00Z"), "Europe/Paris"), { date: "2026-12-15", time: "18:00" });
  assert.deepEqual(localStart(appointment("2026-12-15T17:00:00Z"), "America/Toronto"), { date: "2026-12-15", time: "12:00" });
});

test("a date that is another day in the person's zone takes that day", () => {
  assert.deepEqual(localStart(appointment("2026-12-15T23:30:00Z"), "Europe/Paris"), { date: "2026-12-16", time: "00:30" });
});

test("a mentorship meets monthly on the same weekday of the month: 15 December 2026 is the third Tuesday", () => {
  const r = recurrenceFor("mentorship", appointment("2026-12-15T17:00:00Z", 45), "Europe/Paris");
  assert.deepEqual(
    { pattern: r.pattern, interval: r.interval, dayOfWeek: r.dayOfWeek, index: r.index, startDate: r.startDate, startTime: r.startTime, durationMinutes: r.durationMinutes },
    { pattern: "relativeMonthly", interval: 1, dayOfWeek: "tuesday", index: "third", startDate: "2026-12-15", startTime: "18:00", durationMinutes: 45 },
  );
});

test("a day in the month's last seven days is its 'last' weekday, which every month has", () => {
  assert.equal(recurrenceFor("mentorship", appointment("2026-12-29T17:00:00Z"), "Europe/Paris").index, "last");
});

test("a peer group meets every two weeks on the appointment's weekday", () => {
  const r = recurrenceFor("peerGroup", appointment("2026-12-17T08:00:00Z", 90), "Europe/Paris");
  assert.equal(r.pattern, "weekly");
  assert.equal(r.interval, 2);
  assert.equal(r.dayOfWeek, "thursday");
  assert.equal(r.durationMinutes, 90);
});

test("a session lasts at least a quarter of an hour", () => {
  assert.equal(recurrenceFor("peerGroup", appointment("2026-12-17T08:00:00Z", 5), "Europe/Paris").durationMinutes, 15);
});
