import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "../../../lib/api-client";
import type { CadenceDraft, Circle, CircleDraft, CircleSummary, Invitation, Person, Series, Slot } from "./types";

export const circleKeys = {
  mine: ["circles"] as const,
  one: (id: string) => ["circles", id] as const,
  sessions: (id: string) => ["circles", id, "sessions"] as const,
  slots: (id: string) => ["circles", id, "slots"] as const,
  people: (search: string) => ["people", search] as const,
  invitations: ["invitations"] as const,
};

export const useMyInvitations = () => useQuery({ queryKey: circleKeys.invitations, queryFn: () => api<Invitation[]>("invitations") });

/** Accepting makes the circle mine (it joins "my circles"); declining only removes the invitation. */
export function useAnswerInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ invitation, answer }: { invitation: Invitation; answer: "accept" | "decline" }) =>
      api<unknown>(`${invitation.type === "cohort" ? "cohorts" : "circles"}/${invitation.id}/invitation/${answer}`, { method: "POST" }),
    onSuccess: () => Promise.all([
      client.invalidateQueries({ queryKey: circleKeys.invitations }),
      client.invalidateQueries({ queryKey: circleKeys.mine }),
    ]),
  });
}

export const useMyCircles = () => useQuery({ queryKey: circleKeys.mine, queryFn: () => api<CircleSummary[]>("circles") });

export const useCircle = (id: string | undefined) =>
  useQuery({ queryKey: circleKeys.one(id ?? ""), queryFn: () => api<Circle>(`circles/${id}`), enabled: !!id });

/** A circle's series; an unscheduled circle has none (404 series.notScheduled), which is a state, not an error. */
export async function fetchSeries(id: string): Promise<Series | null> {
  try {
    return await api<Series>(`circles/${id}/sessions`);
  } catch (e) {
    if (e instanceof ApiError && e.failure.kind === "problem" && e.failure.status === 404) return null;
    throw e;
  }
}

export const sessionsQuery = (id: string) => ({ queryKey: circleKeys.sessions(id), queryFn: () => fetchSeries(id) });

export const useSessions = (id: string) => useQuery(sessionsQuery(id));

export const useSlots = (id: string | undefined) =>
  useQuery({ queryKey: circleKeys.slots(id ?? ""), queryFn: () => api<Slot[]>(`circles/${id}/slots`), enabled: !!id });

export const usePeopleSearch = (search: string) =>
  useQuery({
    queryKey: circleKeys.people(search),
    queryFn: () => api<Person[]>(`people?search=${encodeURIComponent(search)}`),
    enabled: search.trim().length >= 2,
    staleTime: 60_000,
  });

export function useCreateCircle() {
  const client = useQueryClient();
  return useMutation({
    // One idempotency key per form submission: a retried request never creates a second circle.
    mutationFn: ({ draft, key }: { draft: CircleDraft; key: string }) =>
      api<Circle>("circles", { method: "POST", body: draft, headers: { "Idempotency-Key": key } }),
    onSuccess: () => client.invalidateQueries({ queryKey: circleKeys.mine }),
  });
}

/** Schedules the series, then moves it to the chosen slot when there is one (the cadence of a series is changed by PATCH). */
/** The organizer's "try again" once their administrator let the app into their mailbox. */
export function useRetryCalendarAccess(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<Series>(`circles/${id}/series/access-retry`, { method: "POST" }),
    onSuccess: () => client.invalidateQueries({ queryKey: circleKeys.sessions(id) }),
  });
}

export function useScheduleCircle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, cadence }: { id: string; cadence?: CadenceDraft }) => {
      const series = await api<Series>(`circles/${id}/series`, { method: "POST" });
      return cadence ? api<Series>(`circles/${id}/series`, { method: "PATCH", body: cadence }) : series;
    },
    onSuccess: (_, { id }) => client.invalidateQueries({ queryKey: circleKeys.sessions(id) }),
  });
}
