import { Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import type { BotReach } from "../api/types";
import { useScopedIds } from "../../../components/useScopedIds";

const useStyles = makeStyles({
  // A warning in the tokens' own colours: Fluent's MessageBar would add ~4 KB gzip for one box.
  box: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalMNudge} ${tokens.spacingHorizontalM}`, borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1, ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorStatusWarningBorder1),
    color: tokens.colorNeutralForeground1,
  },
});

/** Says that cards no longer reach me in Teams (I blocked the bot or removed the app), that my follow-ups stay here, and how it ends. */
export function BotUnreachable({ bot }: { bot: BotReach }) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t } = useI18n();
  if (bot.reachable) return null;
  const why = bot.reason === "blocked" ? "followups.botBlocked" : bot.reason === "appRemoved" ? "followups.botRemoved"
    : bot.reason === "disabledByAdmin" ? "followups.botDisabled" : "followups.botUnreachable";
  return (
    <section className={styles.box} aria-labelledby={scoped("followups-bot")}>
      <Text as="h2" id={scoped("followups-bot")} block weight="semibold">{t("followups.botTitle")}</Text>
      <Text as="p">{t(why)}</Text>
      <Text as="p">{t(bot.reason === "disabledByAdmin" ? "followups.botAdmin" : "followups.botHowBack")}</Text>
    </section>
  );
}
