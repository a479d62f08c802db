import type { Translate } from "../../../i18n/i18n";

/** The id an erased person's shared items keep (the API's FormerMember.Id): they are shown as « ancien membre ». */
export const FORMER_MEMBER_ID = "00000000-0000-4000-8000-0000000e7a5e";

/** "par Léa Dubois", or "par ancien membre" for what someone who erased their data shared (the API sends no name then). */
export const byAuthor = (t: Translate, author: { authorId: string; authorName: string }) =>
  t("agenda.by", { name: author.authorId === FORMER_MEMBER_ID ? t("agenda.formerMember") : author.authorName });
