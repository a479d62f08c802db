/** A circle's agreement as the API returns it (GET /api/circles/{id}/agreement). */
export type Frequency = "weekly" | "fortnightly" | "monthly";

export interface AgreementTerms {
  version: number;
  frequency: Frequency;
  durationMonths: number;
  extendedMonths: number;
  totalMonths: number;
  communication: string;
  rules: string;
  confidential: boolean;
  writtenAt: string;
}

export interface Signer {
  personId: string;
  displayName: string;
  confirmedAt?: string | null;
  me: boolean;
}

export interface AgreementView {
  /** Absent (the API leaves nulls out) until someone writes it. */
  agreement?: AgreementTerms | null;
  members: Signer[];
  confirmedByAll: boolean;
  inForceSince?: string | null;
  endsAt?: string | null;
}

export interface AgreementDraft {
  frequency: Frequency;
  durationMonths: number;
  communication: string;
  rules: string | null;
  confidential: boolean;
}

/** The open pulse for me (GET /api/circles/{id}/pulse): the others' answers only once everyone answered. */
export interface PulseView {
  number: number;
  openedAt?: string | null;
  nextAt: string;
  mine?: { useful: number; working: number; answeredAt: string } | null;
  others: { personId: string; displayName: string; useful: number; working: number }[];
  everyoneAnswered: boolean;
  suggestTalking: boolean;
}

export interface MyCircle {
  id: string;
  name: string;
  kind: "mentorship" | "peerGroup";
  status: string;
}

/** The end question for me (GET /api/circles/{id}/ending): open two weeks before the agreed end, answered once. */
export interface EndingView {
  open: boolean;
  endsAt?: string | null;
  maxMonths: number;
  myChoice?: "extend" | "close" | null;
  myMonths?: number | null;
  closed: boolean;
  placeAgain: boolean;
}

/** The circle's inactivity flag (GET /api/circles/{id}/inactivity): one member's answer decides for the circle. */
export interface InactivityView {
  flagged: boolean;
  raisedAt?: string | null;
  closesAt?: string | null;
  warned: boolean;
  choice?: "restart" | "pause" | "close" | "met" | null;
}
