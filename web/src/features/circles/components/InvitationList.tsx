import { Button, Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView } from "../../../components/StateViews";
import { useAnswerInvitation, useMyInvitations } from "../api/queries";
import type { Invitation } from "../api/types";
import { useScopedIds } from "../../../components/useScopedIds";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, listStyle: "none", padding: 0, margin: 0 },
  // Fluent's Card look without its code (Card brings ~17 KB of focus groups to the personal tab's first download; see CircleCard).
  card: {
    display: "flex", flexDirection: "column", padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4, backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorTransparentStroke),
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

/** The invitations I have not answered: a circle or a cohort, who invited me; nothing of it is mine until I accept. */
export function InvitationList() {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t } = useI18n();
  const invitations = useMyInvitations();
  const answer = useAnswerInvitation();
  if (!invitations.data || invitations.data.length === 0) return null;

  const what = (i: Invitation) =>
    i.type === "cohort" ? t("invitations.kind.cohort") : t(i.kind === "mentorship" ? "circles.kind.mentorship" : "circles.kind.peerGroup");

  return (
    <section aria-labelledby={scoped("invitations-heading")}>
      <Text as="h2" id={scoped("invitations-heading")} block size={500} weight="semibold">{t("invitations.heading")}</Text>
      <ul className={styles.list}>
        {invitations.data.map((i) => (
          <li key={`${i.type}-${i.id}`}>
            <div className={styles.card} role="group" aria-label={i.name}>
              <Text>{t("invitations.from", { inviter: i.invitedBy, name: i.name, kind: what(i) })}</Text>
              <div className={styles.actions}>
                <Button appearance="primary" disabledFocusable={answer.isPending}
                  onClick={() => answer.mutate({ invitation: i, answer: "accept" })}>{t("invitations.accept")}</Button>
                <Button disabledFocusable={answer.isPending}
                  onClick={() => answer.mutate({ invitation: i, answer: "decline" })}>{t("invitations.decline")}</Button>
              </div>
            </div>
          </li>
        ))}
      </ul>
      {answer.isError ? <ErrorView error={answer.error} /> : null}
    </section>
  );
}
