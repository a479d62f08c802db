import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { progressKey } from "../../circles/api/progress";
import type { Commitment, CommitmentState, ItemKind, MyCommitment, Note, SessionAgenda } from "./types";

/** Another member's addition shows within 5 s: the side panel polls its agenda (one partition read) every 3 s. */
export const AGENDA_POLL_MS = 3000;

const base = (circleId: string, sessionId: string) => `circles/${circleId}/sessions/${encodeURIComponent(sessionId)}`;

export const agendaKeys = {
  agenda: (circleId: string, sessionId: string) => ["agenda", circleId, sessionId] as const,
  note: (circleId: string, sessionId: string) => ["agenda", circleId, sessionId, "note"] as const,
  mine: ["commitments"] as const,
};

export const useSessionAgenda = (circleId: string, sessionId: string, poll: boolean) =>
  useQuery({
    queryKey: agendaKeys.agenda(circleId, sessionId),
    queryFn: () => api<SessionAgenda>(`${base(circleId, sessionId)}/agenda`),
    refetchInterval: poll ? AGENDA_POLL_MS : false,
  });

export const useMyNote = (circleId: string, sessionId: string) =>
  useQuery({ queryKey: agendaKeys.note(circleId, sessionId), queryFn: () => api<Note>(`${base(circleId, sessionId)}/note`) });

export const useMyCommitments = () => useQuery({ queryKey: agendaKeys.mine, queryFn: () => api<MyCommitment[]>("commitments") });

/** Every change re-reads the agenda (and my commitments and progress) at once, so the person sees it without waiting for the poll. */
function useAgendaMutation<TVars>(circleId: string, sessionId: string, call: (vars: TVars) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => Promise.all([
      client.invalidateQueries({ queryKey: agendaKeys.agenda(circleId, sessionId) }),
      client.invalidateQueries({ queryKey: agendaKeys.mine }),
      client.invalidateQueries({ queryKey: progressKey }),
    ]),
  });
}

export const useAddItem = (circleId: string, sessionId: string) =>
  useAgendaMutation(circleId, sessionId, (v: { kind: ItemKind; text: string; key: string }) =>
    api(`${base(circleId, sessionId)}/agenda/items`, { method: "POST", body: { kind: v.kind, text: v.text }, headers: { "Idempotency-Key": v.key } }));

export const useMarkDiscussed = (circleId: string, sessionId: string) =>
  useAgendaMutation(circleId, sessionId, (v: { id: string; version: string; discussed: boolean }) =>
    api(`${base(circleId, sessionId)}/agenda/items/${v.id}`, { method: "PATCH", body: { discussed: v.discussed }, headers: { "If-Match": v.version } }));

export const useMakeCommitment = (circleId: string, sessionId: string) =>
  useAgendaMutation(circleId, sessionId, (v: { text: string; key: string }) =>
    api(`${base(circleId, sessionId)}/commitments`, { method: "POST", body: { text: v.text }, headers: { "Idempotency-Key": v.key } }));

export const useCloseCommitment = (circleId: string, sessionId: string) =>
  useAgendaMutation(circleId, sessionId, (v: { commitment: Commitment; state: Exclude<CommitmentState, "open"> }) =>
    api(`circles/${circleId}/commitments/${v.commitment.id}`, { method: "PATCH", body: { state: v.state }, headers: { "If-Match": v.commitment.version } }));

export function useSaveNote(circleId: string, sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api<Note>(`${base(circleId, sessionId)}/note`, { method: "PUT", body: { text } }),
    onSuccess: (note) => client.setQueryData(agendaKeys.note(circleId, sessionId), note),
  });
}
