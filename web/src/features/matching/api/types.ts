/** The matching API's shapes (camelCase JSON, enums as camelCase strings, instants in UTC). */
export type Visibility = "none" | "mentor" | "peer" | "mentorAndPeer";
export type Day = "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
export type PartOfDay = "morning" | "afternoon" | "evening";

export interface Slot {
  day: Day;
  part: PartOfDay;
}

export interface MentorPart {
  fields: string[];
  yearsOfExperience: number | null;
  capacity: number | null;
  /** Kept by the server; a form sends null (left as it is), another number is refused. */
  currentMentees: number | null;
}

/** The profile as the form fills it (PUT /api/me/profile). */
export interface ProfileDraft {
  about: string;
  currentJob: string;
  targetField: string;
  targetJob: string;
  skillsOffered: string[];
  skillsSought: string[];
  languages: string[];
  city: string;
  timeZone: string;
  availability: Slot[];
  visibility: Visibility;
  mentor: MentorPart | null;
}

/** GET /api/me/profile: the profile and the version to send back in If-Match. */
export interface MyProfile {
  personId: string;
  displayName: string;
  version: string;
  profile: ProfileDraft;
}

export interface Suggestion {
  mentorId: string;
  displayName: string;
  currentJob: string;
  about: string;
  fields: string[];
  yearsOfExperience: number;
  freePlaces: number;
  languages: string[];
  city: string;
  timeZone: string;
  why: string;
}

export type RequestState = "pending" | "accepted" | "declined";

export interface MentorRequest {
  id: string;
  direction: "sent" | "received";
  menteeId: string;
  menteeName: string;
  mentorId: string;
  mentorName: string;
  message: string;
  objective: string;
  state: RequestState;
  sentAt: string;
  answer: string | null;
  answeredAt: string | null;
  circleId: string | null;
}

export interface GroupMember {
  personId: string;
  displayName: string;
  answer: "pending" | "accepted";
}

export interface FormingGroup {
  id: string;
  cohortId: string | null;
  name: string;
  members: GroupMember[];
  open: boolean;
  formed: boolean;
  circleId: string | null;
}

export interface Cohort {
  id: string;
  name: string;
  members: string[];
  createdAt: string;
}

export interface Proposal {
  groups: FormingGroup[];
  notVisible: string[];
}

export interface CohortMember {
  personId: string;
  displayName: string;
  inGroup: boolean;
  visibleAsPeer: boolean;
}

export interface CircleActivity {
  circleId: string;
  kind: "mentorship" | "peerGroup";
  name: string;
  status: "active" | "paused" | "closed";
  members: string[];
  sessionsHeld: number;
  lastSession: string | null;
  /** Null or absent (the API omits nulls) when the circle has fewer than five members: shown as "fewer than 5". */
  commitmentsMade: number | null;
  commitmentsDone: number | null;
  commitmentsDropped: number | null;
  stoppedMeeting: boolean;
  commitmentsMostlyDropped: boolean;
  /** Held sessions whose Teams attendance report was read. */
  sessionsWithTeamsReport?: number;
  /** Presences Teams reported, a count only; null or absent under five members (shown as "fewer than 5"). */
  attendancesPerTeams?: number | null;
}

/** Counts of the cohort's people; null when about fewer than {@link CohortView.fewerThan} people. */
export interface CohortFigures {
  accepted: number | null;
  invited: number | null;
  declined: number | null;
}

export interface CohortView {
  cohort: Cohort;
  /** Only the people who accepted the invitation. */
  members: CohortMember[];
  forming: FormingGroup[];
  /** Only the circles formed from this cohort. */
  circles: CircleActivity[];
  figures: CohortFigures;
  fewerThan: number;
}
