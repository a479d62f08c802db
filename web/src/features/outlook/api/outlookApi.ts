import { api, ApiError } from "../../../lib/api-client";
import { fetchSeries } from "../../circles/api/queries";
import type { Circle, CircleDraft, CircleKind, CircleSummary, Person, Series } from "../../circles/api/types";

/** The circle an appointment already is the series of, or null (404: none of the caller's circles). */
export async function circleOfItem(restId: string): Promise<{ id: string; name: string; kind: CircleKind } | null> {
  try {
    return await api(`outlook/circle?itemId=${encodeURIComponent(restId)}`);
  } catch (e) {
    if (e instanceof ApiError && e.failure.kind === "problem" && e.failure.status === 404) return null;
    throw e;
  }
}

/** The colleague with exactly this address, or null when the directory has nobody by it (someone outside the organization). */
export async function findColleague(email: string): Promise<Person | null> {
  const found = await api<Person[]>(`people?search=${encodeURIComponent(email)}`);
  return found.find((p) => p.mail?.toLowerCase() === email.toLowerCase()) ?? null;
}

/** The caller's active circles without a series whose members are exactly the caller and `people`: those this appointment can become the series of. */
export async function circlesOf(me: string, people: string[]): Promise<Circle[]> {
  const wanted = new Set([me, ...people]);
  const mine = (await api<CircleSummary[]>("circles")).filter((c) => c.status === "active");
  const circles = await Promise.all(mine.map((c) => api<Circle>(`circles/${c.id}`)));
  const same = circles.filter((c) => c.members.length === wanted.size && c.members.every((m) => wanted.has(m.personId)));
  const series = await Promise.all(same.map((c) => fetchSeries(c.id)));
  return same.filter((_, i) => series[i] === null);
}

export const createCircle = (draft: CircleDraft, key: string) => api<Circle>("circles", { method: "POST", body: draft, headers: { "Idempotency-Key": key } });

export const invitation = (id: string) => api<{ subject: string; bodyHtml: string }>(`circles/${id}/invitation`);

export const adopt = (id: string, itemId: string) => api<Series>(`circles/${id}/series/adopt`, { method: "POST", body: { itemId } });

export const scheduleSeries = (id: string) => api<Series>(`circles/${id}/series`, { method: "POST" });
