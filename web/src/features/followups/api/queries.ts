import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { FollowUp, FollowUpBody, MyFollowUps } from "./types";

export const followUpKeys = { mine: ["me", "followups"] as const };

export const useMyFollowUps = () => useQuery({ queryKey: followUpKeys.mine, queryFn: () => api<MyFollowUps>("me/followups") });

/** Sends my answer with the revision the form showed: an answer changed meanwhile (from the card) is a 409, not overwritten. */
export function useAnswerFollowUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ circleId, sessionId, body }: { circleId: string; sessionId: string; body: FollowUpBody }) =>
      api<FollowUp>(`circles/${circleId}/sessions/${sessionId}/followup`, { method: "PUT", body }),
    onSettled: () => client.invalidateQueries({ queryKey: followUpKeys.mine }),
  });
}

/** Pauses or resumes a circle's cards in Teams, for me only. */
export function usePauseCards(personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ circleId, paused }: { circleId: string; paused: boolean }) =>
      api(`circles/${circleId}/members/${personId}`, { method: "PATCH", body: { cardsPaused: paused } }),
    onSettled: () => client.invalidateQueries({ queryKey: followUpKeys.mine }),
  });
}
