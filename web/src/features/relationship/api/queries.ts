import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { AgreementDraft, AgreementView, EndingView, InactivityView, MyCircle, PulseView } from "./types";

export const relationshipKeys = {
  circles: ["relationship", "circles"] as const,
  agreement: (circleId: string) => ["relationship", "agreement", circleId] as const,
  pulse: (circleId: string) => ["relationship", "pulse", circleId] as const,
  ending: (circleId: string) => ["relationship", "ending", circleId] as const,
  inactivity: (circleId: string) => ["relationship", "inactivity", circleId] as const,
};

export const useMyCircles = () => useQuery({ queryKey: relationshipKeys.circles, queryFn: () => api<MyCircle[]>("circles") });

export const useAgreement = (circleId: string) =>
  useQuery({ queryKey: relationshipKeys.agreement(circleId), queryFn: () => api<AgreementView>(`circles/${circleId}/agreement`) });

/** Writes or changes the agreement; the answer is the new view (everyone's confirmations reset by a change). */
export function useWriteAgreement(circleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (draft: AgreementDraft) => api<AgreementView>(`circles/${circleId}/agreement`, { method: "PUT", body: draft }),
    onSuccess: (view) => client.setQueryData(relationshipKeys.agreement(circleId), view),
  });
}

/** Confirms the version read: a version changed meanwhile is refused (409), so nobody confirms what they did not see. */
export function useConfirmAgreement(circleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api<AgreementView>(`circles/${circleId}/agreement/confirmations`, { method: "POST", body: { version } }),
    onSuccess: (view) => client.setQueryData(relationshipKeys.agreement(circleId), view),
    onError: () => client.invalidateQueries({ queryKey: relationshipKeys.agreement(circleId) }),
  });
}

export const usePulse = (circleId: string) =>
  useQuery({ queryKey: relationshipKeys.pulse(circleId), queryFn: () => api<PulseView>(`circles/${circleId}/pulse`) });

export function useAnswerPulse(circleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answer: { useful: number; working: number }) => api<PulseView>(`circles/${circleId}/pulse/answers`, { method: "POST", body: answer }),
    onSuccess: (view) => client.setQueryData(relationshipKeys.pulse(circleId), view),
  });
}

export const useEnding = (circleId: string) =>
  useQuery({ queryKey: relationshipKeys.ending(circleId), queryFn: () => api<EndingView>(`circles/${circleId}/ending`) });

/** Extend (by some months) or close: once per member; a close closes the circle, so the circles are read again. */
export function useAnswerEnding(circleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answer: { choice: "extend" | "close"; months?: number }) =>
      api<EndingView>(`circles/${circleId}/ending/answers`, { method: "POST", body: answer }),
    onSuccess: (view) => {
      client.setQueryData(relationshipKeys.ending(circleId), view);
      void client.invalidateQueries({ queryKey: relationshipKeys.agreement(circleId) });
      void client.invalidateQueries({ queryKey: relationshipKeys.circles });
    },
  });
}

/** Thanks the other member(s) when closing (the reciprocity's thanks). */
export function useThank(circleId: string) {
  return useMutation({
    mutationFn: (thanks: { to: string; what: string }) => api(`circles/${circleId}/thanks`, { method: "POST", body: thanks }),
  });
}

export const useInactivity = (circleId: string) =>
  useQuery({ queryKey: relationshipKeys.inactivity(circleId), queryFn: () => api<InactivityView>(`circles/${circleId}/inactivity`) });

export function useAnswerInactivity(circleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (choice: "restart" | "pause" | "close") =>
      api<InactivityView>(`circles/${circleId}/inactivity/answers`, { method: "POST", body: { choice } }),
    onSuccess: (view) => {
      client.setQueryData(relationshipKeys.inactivity(circleId), view);
      void client.invalidateQueries({ queryKey: relationshipKeys.circles });
    },
  });
}
