import type { Translate } from "../../../i18n/i18n";
import type { ItemKind } from "../api/types";

export const itemKinds: ItemKind[] = ["question", "blocker", "success", "topic"];

export const kindLabel = (t: Translate, kind: ItemKind) =>
  t(kind === "blocker" ? "agenda.kind.blocker" : kind === "question" ? "agenda.kind.question" : kind === "success" ? "agenda.kind.success" : "agenda.kind.topic");
