/** A goal as the API returns it (GET /api/circles/{id}/goals): five level texts from −2 to +2. */
export type GoalKind = "targetJob" | "skill" | "step";
export type GoalSharing = "private" | "circle";

export interface Goal {
  id: string;
  authorId: string;
  kind: GoalKind;
  title: string;
  levels: string[];
  weight: number;
  baseline: number;
  sharing: GoalSharing;
  version: string;
}

export interface GoalPoint {
  month: string;
  level: number;
  baseline: boolean;
}

export interface GoalLine {
  goal: Goal;
  authorName: string;
  mine: boolean;
  trajectory: GoalPoint[];
  commitmentsMade: number;
  commitmentsKept: number;
}

export interface GoalsView {
  goals: GoalLine[];
  month: string;
  placedThisMonth: boolean;
  tScoreStart?: number | null; // absent when null (the API writes no null field)
  tScoreNow?: number | null;
}

export interface GoalDraft {
  kind: GoalKind;
  title: string;
  levels: string[];
  weight?: number;
  baseline: number;
  sharing: GoalSharing;
}

/** The circles I am in, as GET /api/circles lists them (only what this section shows). */
export interface MyCircle {
  id: string;
  name: string;
  status?: string;
}
