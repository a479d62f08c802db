import type { CircleKind, Member, Session } from "../../circles/api/types";

/** The agendas API's shapes (issue 7): a session's agenda as the side panel reads it. */
export type ItemKind = "blocker" | "question" | "success" | "topic";
export type CommitmentState = "open" | "done" | "dropped";

export interface AgendaItem {
  id: string;
  sessionId: string;
  authorId: string;
  authorName: string;
  kind: ItemKind;
  text: string;
  order: number;
  discussed: boolean;
  mine: boolean;
  version: string;
}

export interface Commitment {
  id: string;
  sessionId: string;
  authorId: string;
  authorName: string;
  text: string;
  dueDate?: string | null;
  state: CommitmentState;
  reason?: string | null;
  mine: boolean;
  version: string;
}

export interface AgendaSection {
  id: string;
  title: string;
  kinds: ItemKind[];
  reviewsCommitments: boolean;
}

export interface SessionAgenda {
  circleId: string;
  circleName: string;
  circleKind: CircleKind;
  session: Session;
  organizerId: string | null;
  isOrganizer: boolean;
  isOpen: boolean;
  sections: AgendaSection[];
  items: AgendaItem[];
  commitmentsDue: Commitment[];
  commitmentsMade: Commitment[];
  members: Member[];
  hasMyNote: boolean;
  /** For the organizer only: the Outlook invitation was rewritten without the agenda's markers, so its body was left alone. */
  outlookMarkersLost: boolean;
}

export interface Meeting {
  circleId: string;
  circleName: string;
  circleKind: CircleKind;
  /** null when the series has no session left. */
  session: Session | null;
}

export interface Note {
  id: string;
  sessionId: string;
  text: string;
  updatedAt?: string;
}

export interface MyCommitment {
  circleId: string;
  circleName: string;
  commitment: Commitment;
  /** Its due date is over in every time zone (said by the API: the browser's clock is not the product's). */
  overdue?: boolean;
}
