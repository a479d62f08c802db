import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { GoalDraft, GoalsView, MyCircle } from "./types";

export const goalKeys = {
  circles: ["goals", "circles"] as const,
  circle: (circleId: string) => ["goals", circleId] as const,
};

export const useMyCircles = () => useQuery({ queryKey: goalKeys.circles, queryFn: () => api<MyCircle[]>("circles") });

export const useGoals = (circleId: string) =>
  useQuery({ queryKey: goalKeys.circle(circleId), queryFn: () => api<GoalsView>(`circles/${circleId}/goals`) });

export function useAddGoal(circleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (draft: GoalDraft) => api(`circles/${circleId}/goals`, { method: "POST", body: draft }),
    onSuccess: () => client.invalidateQueries({ queryKey: goalKeys.circle(circleId) }),
  });
}

/** "Where I stand" this month: one level per goal of mine; the same month again corrects it. */
export function usePlaceGoals(circleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (placements: { goalId: string; level: number }[]) => api(`circles/${circleId}/placements`, { method: "PUT", body: { placements } }),
    onSuccess: () => client.invalidateQueries({ queryKey: goalKeys.circle(circleId) }),
  });
}
