import type { Translate } from "../../../i18n/i18n";
import type { CircleKind, CircleStatus, MemberRole } from "../api/types";

export const kindLabel = (t: Translate, kind: CircleKind) => t(kind === "mentorship" ? "circles.kind.mentorship" : "circles.kind.peerGroup");

export const roleLabel = (t: Translate, role: MemberRole) =>
  t(role === "mentor" ? "circles.role.mentor" : role === "mentee" ? "circles.role.mentee" : "circles.role.peer");

export const statusLabel = (t: Translate, status: CircleStatus) =>
  t(status === "active" ? "circles.status.active" : status === "paused" ? "circles.status.paused" : "circles.status.closed");
