/** The API's shapes (camelCase JSON, enums as camelCase strings, instants in UTC). */
export type CircleKind = "mentorship" | "peerGroup";
export type MemberRole = "mentor" | "mentee" | "peer";
export type CircleStatus = "active" | "paused" | "closed";

export interface CircleSummary {
  id: string;
  kind: CircleKind;
  name: string;
  status: CircleStatus;
  role: MemberRole;
}

export interface Member {
  personId: string;
  role: MemberRole;
  displayName: string;
  objective: string;
}

/** Someone asked to join who has not said yes (or said no): not a member, no calendar invitation. */
export interface Invitee {
  personId: string;
  role: MemberRole;
  displayName: string;
  invitedBy: string;
  declined: boolean;
}

export interface Circle {
  id: string;
  kind: CircleKind;
  name: string;
  objective: string;
  status: CircleStatus;
  members: Member[];
  invited: Invitee[];
  /** Enough people said yes to schedule: both people of a mentorship, three peers. */
  ready: boolean;
  version: string;
}

/** What an invitee sees: the circle's name and kind and who invited them, nothing else. */
export interface Invitation {
  type: "circle" | "cohort";
  id: string;
  kind: CircleKind | null;
  name: string;
  role: MemberRole | null;
  invitedBy: string;
  invitedAt: string;
}

export interface Session {
  id: string;
  start: string;
  end: string;
  state: "upcoming" | "ended" | "followedUp" | "cancelled";
  moved: boolean;
}

export interface Series {
  state: "pending" | "scheduled" | "ending" | "ended";
  organizerId: string;
  joinUrl?: string;
  chatThreadId?: string;
  sessions: Session[];
  /** For the organizer only, while their mailbox refuses the app: what to ask their administrator (in their language). */
  calendarAccessMessage?: string;
  /** For the organizer only: sessions moved or cancelled one by one that a cadence change could not keep. */
  notKept?: SessionNotKept[];
}

export interface SessionNotKept {
  originalStart: string;
  start: string;
  end: string;
  cancelled: boolean;
}

export interface Slot {
  start: string;
  end: string;
}

export interface Person {
  id: string;
  displayName: string;
  mail?: string;
  userType?: "member" | "guest";
}

export interface CadenceDraft {
  firstDate?: string;
  startTime?: string;
  timeZone?: string;
}

export interface CircleDraft {
  kind: CircleKind;
  name: string;
  objective: string;
  members: { personId: string; role: MemberRole; objective: string }[];
  cadence: CadenceDraft;
}
