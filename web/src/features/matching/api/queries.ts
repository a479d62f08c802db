import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "../../../lib/api-client";
import type { Cohort, CohortView, FormingGroup, MentorRequest, MyProfile, ProfileDraft, Proposal, Suggestion } from "./types";

export const matchingKeys = {
  profile: ["me", "profile"] as const,
  suggestions: ["me", "mentor-suggestions"] as const,
  draft: (mentor: string) => ["mentor-requests", "draft", mentor] as const,
  requests: ["me", "mentor-requests"] as const,
  groups: ["groups"] as const,
  cohorts: ["cohorts"] as const,
  cohort: (id: string) => ["cohorts", id] as const,
};

/** My profile, or null before I fill one (404 profile.notFound is a state, not an error). */
export const useMyProfile = () =>
  useQuery({
    queryKey: matchingKeys.profile,
    queryFn: async () => {
      try {
        return await api<MyProfile>("me/profile");
      } catch (e) {
        if (e instanceof ApiError && e.failure.kind === "problem" && e.failure.status === 404) return null;
        throw e;
      }
    },
  });

/** Saves with the version the form showed (If-Match): a profile changed meanwhile is a 409, never overwritten. */
export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ draft, version }: { draft: ProfileDraft; version: string | undefined }) =>
      api<MyProfile>("me/profile", { method: "PUT", body: draft, headers: version ? { "If-Match": version } : {} }),
    onSuccess: (saved) => {
      client.setQueryData(matchingKeys.profile, saved);
      void client.invalidateQueries({ queryKey: matchingKeys.suggestions });
    },
  });
}

export const useSuggestions = (enabled: boolean) =>
  useQuery({ queryKey: matchingKeys.suggestions, queryFn: () => api<Suggestion[]>("me/mentor-suggestions"), enabled });

export const useDraft = (mentor: string) =>
  useQuery({
    queryKey: matchingKeys.draft(mentor),
    queryFn: () => api<{ message: string }>(`mentor-requests/draft?mentor=${encodeURIComponent(mentor)}`),
    staleTime: Infinity,
  });

export function useSendRequest() {
  const client = useQueryClient();
  return useMutation({
    // One idempotency key per form: a retried send never makes a second request.
    mutationFn: ({ key, mentor, message, objective }: { key: string; mentor: string; message: string; objective: string }) =>
      api<MentorRequest>("mentor-requests", { method: "POST", body: { mentor, message, objective }, headers: { "Idempotency-Key": key } }),
    onSuccess: () => client.invalidateQueries({ queryKey: matchingKeys.requests }),
  });
}

export const useMyRequests = () => useQuery({ queryKey: matchingKeys.requests, queryFn: () => api<MentorRequest[]>("me/mentor-requests") });

/** The mentor's answer; acceptance creates the mentorship circle, so "Mes cercles" is refreshed too. */
export function useAnswerRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, accept, word }: { id: string; accept: boolean; word: string }) =>
      api<MentorRequest>(`mentor-requests/${id}/${accept ? "accept" : "decline"}`, { method: "POST", body: { word } }),
    onSettled: () => Promise.all([
      client.invalidateQueries({ queryKey: matchingKeys.requests }),
      client.invalidateQueries({ queryKey: ["circles"] }),
      client.invalidateQueries({ queryKey: matchingKeys.profile }),
    ]),
  });
}

export const useGroups = () => useQuery({ queryKey: matchingKeys.groups, queryFn: () => api<FormingGroup[]>("groups") });

/** Starts, joins, accepts or declines a forming group; a group that became a circle shows in "Mes cercles". */
export function useGroupAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: { kind: "start"; name: string } | { kind: "join" | "accept" | "decline"; id: string }) =>
      action.kind === "start"
        ? api<FormingGroup>("groups", { method: "POST", body: { name: action.name } })
        : api<FormingGroup>(`groups/${action.id}/${action.kind}`, { method: "POST" }),
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: matchingKeys.groups }), client.invalidateQueries({ queryKey: ["circles"] })]),
  });
}

export const useCohorts = () => useQuery({ queryKey: matchingKeys.cohorts, queryFn: () => api<Cohort[]>("cohorts") });

export const useCohortView = (id: string | undefined) =>
  useQuery({ queryKey: matchingKeys.cohort(id ?? ""), queryFn: () => api<CohortView>(`cohorts/${id}`), enabled: !!id });

export function useCreateCohort() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, name, members }: { key: string; name: string; members: string[] }) =>
      api<Cohort>("cohorts", { method: "POST", body: { name, members }, headers: { "Idempotency-Key": key } }),
    onSuccess: () => client.invalidateQueries({ queryKey: matchingKeys.cohorts }),
  });
}

export function useProposeGroups() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (cohortId: string) => api<Proposal>(`cohorts/${cohortId}/proposals`, { method: "POST" }),
    onSettled: (_, __, cohortId) => client.invalidateQueries({ queryKey: matchingKeys.cohort(cohortId) }),
  });
}
