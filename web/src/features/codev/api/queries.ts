import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "../../../lib/api-client";

/** Every attendee sees a phase change within 2 s: the view polls the session's state (two point reads) every second. */
export const CODEV_POLL_MS = 1000;

export const PHASES = ["expose", "clarification", "contract", "consultation", "actionPlan", "learnings"] as const;
export type Phase = (typeof PHASES)[number];

export interface CodevPerson { id: string; displayName: string }

export interface CodevState {
  sessionId: string;
  phase: Phase;
  phaseIndex: number;
  phaseEndsAt: string;
  serverNow: string;
  client: CodevPerson;
  animateur: CodevPerson;
  consultants: CodevPerson[];
  isAnimateur: boolean;
  isClient: boolean;
  planGiven: boolean;
  version: string;
}

export interface CodevProposal { client: CodevPerson; animateur: CodevPerson; consultants: CodevPerson[] }

const base = (circleId: string, sessionId: string) => `circles/${circleId}/sessions/${encodeURIComponent(sessionId)}/codev`;
const key = (circleId: string, sessionId: string) => ["codev", circleId, sessionId] as const;

/**
 * The session's state, or null while it is not in co-développement mode (the API's 404). Each poll names the version it holds
 * (If-None-Match), so an unchanged state costs a 304 without a body; the page sets the header itself rather than leave it to
 * what the browser's cache chooses to keep of an authorized response. The state kept after a 304 moves its `serverNow` on by
 * the time since it was read, so the timer (server time + time since the read) counts on unchanged.
 */
export const useCodev = (circleId: string, sessionId: string) => {
  const client = useQueryClient();
  return useQuery({
    queryKey: key(circleId, sessionId),
    queryFn: async (): Promise<CodevState | null> => {
      const held = client.getQueryData<CodevState | null>(key(circleId, sessionId));
      const heldAt = client.getQueryState(key(circleId, sessionId))?.dataUpdatedAt ?? 0;
      try {
        const fresh = await api<CodevState | undefined>(base(circleId, sessionId), held ? { headers: { "If-None-Match": held.version } } : {});
        if (fresh || !held) return fresh ?? null;
        return { ...held, serverNow: new Date(Date.parse(held.serverNow) + (Date.now() - heldAt)).toISOString() };
      } catch (e) {
        if (e instanceof ApiError && e.failure.kind === "problem" && e.failure.status === 404) return null;
        throw e;
      }
    },
    refetchInterval: CODEV_POLL_MS,
  });
};

export const useProposal = (circleId: string, sessionId: string, enabled: boolean) =>
  useQuery({ queryKey: [...key(circleId, sessionId), "proposal"], enabled, queryFn: () => api<CodevProposal>(`${base(circleId, sessionId)}/proposal`) });

function useCodevMutation<TVars>(circleId: string, sessionId: string, call: (vars: TVars) => Promise<unknown>) {
  const client = useQueryClient();
  // The plan becomes commitments: the agenda's queries ("agenda", …) are read again with the state.
  return useMutation({
    mutationFn: call,
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: key(circleId, sessionId) }), client.invalidateQueries({ queryKey: ["agenda"] })]),
  });
}

export const useStartCodev = (circleId: string, sessionId: string) =>
  useCodevMutation(circleId, sessionId, (v: { client: string; animateur: string }) => api(base(circleId, sessionId), { method: "POST", body: v }));

export const useMovePhase = (circleId: string, sessionId: string) =>
  useCodevMutation(circleId, sessionId, (v: { phase: Phase; version: string }) =>
    api(`${base(circleId, sessionId)}/phase`, { method: "PUT", body: { phase: v.phase }, headers: { "If-Match": v.version } }));

export const useGivePlan = (circleId: string, sessionId: string) =>
  useCodevMutation(circleId, sessionId, (v: { steps: { text: string; ideaFrom?: string }[] }) =>
    api(`${base(circleId, sessionId)}/plan`, { method: "POST", body: v }));
