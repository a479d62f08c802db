import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import type { CircleKind, Session } from "./types";

/** One month of my commitments in a circle (in the circle's zone): made, kept (done), dropped. */
export interface ProgressMonth {
  year: number;
  month: number;
  made: number;
  kept: number;
  dropped: number;
}

/** My figures in one circle (GET /api/me/progress lists only me among the members). */
export interface MemberProgress {
  personId: string;
  displayName: string;
  sessionsHeld: number;
  sessionsPrepared: number;
  commitmentsMade: number;
  kept: number;
  dropped: number;
  open: number;
  byMonth: ProgressMonth[];
  /** Held sessions Teams' attendance report shows me in (out of the circle's {@link CircleProgress.sessionsWithTeamsReport}). */
  attendedPerTeams?: number;
}

export interface CircleProgress {
  circleId: string;
  circleName: string;
  circleKind: CircleKind;
  sessionsHeld: number;
  nextSession: Session | null;
  openCommitments: number;
  members: MemberProgress[];
  /** Held sessions whose Teams attendance report was read; the others had none (the meeting was not started in Teams). */
  sessionsWithTeamsReport?: number;
}

export const progressKey = ["progress"] as const;

/** My progress in each of my circles, as the API computes it (sessions held, commitments kept per month). */
export const useMyProgress = () => useQuery({ queryKey: progressKey, queryFn: () => api<CircleProgress[]>("me/progress") });
