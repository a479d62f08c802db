/** The follow-up API's shapes (GET /api/me/followups, PUT …/sessions/{sessionId}/followup). */
export type ReviewState = "notYet" | "done" | "dropped";

export interface FollowUpCommitment {
  id: string;
  text: string;
  state: "open" | "done" | "dropped";
}

export interface FollowUpPeer {
  personId: string;
  displayName: string;
}

export interface FollowUpAnswer {
  attended: boolean;
  commitments: Record<string, ReviewState>;
  newCommitments: string[];
  blocker: string;
  usefulness?: number;
  helpedBy: string[];
  answeredAt: string;
}

export interface FollowUp {
  circleId: string;
  circleName: string;
  circleKind: "mentorship" | "peerGroup";
  sessionId: string;
  start: string;
  end: string;
  revision: number;
  commitments: FollowUpCommitment[];
  peers: FollowUpPeer[];
  answer?: FollowUpAnswer;
}

export interface CircleCards {
  circleId: string;
  name: string;
  kind: "mentorship" | "peerGroup";
  cardsPaused: boolean;
}

/** Whether cards reach me in Teams; why not and since when otherwise. */
export interface BotReach {
  reachable: boolean;
  reason?: "blocked" | "appRemoved" | "disabledByAdmin" | "other";
  since?: string;
}

export interface MyFollowUps {
  circles: CircleCards[];
  toAnswer: FollowUp[];
  answered: FollowUp[];
  bot: BotReach;
}

export interface FollowUpBody {
  attended: boolean;
  commitments: Record<string, ReviewState>;
  newCommitments: string[];
  blocker: string;
  usefulness?: number;
  helpedBy: string[];
  revision: number;
}
