import { useState } from "react";
import { Text } from "@fluentui/react-components";
import { useQueryClient } from "@tanstack/react-query";
import type { SectionProps } from "../../personal/sections";
import { useI18n } from "../../../i18n/i18n";
import { pickLanguage } from "../../../i18n/catalog";
import { ErrorView, Loading } from "../../../components/StateViews";
import { matchingKeys, useMyProfile } from "../api/queries";
import { MentorFinder } from "./MentorFinder";
import { MyRequests } from "./MyRequests";
import { PeerGroups } from "./PeerGroups";
import { ProfileForm } from "./ProfileForm";
import { useMatchingStyles } from "./styles";
import { useScopedIds } from "../../../components/useScopedIds";

/** The personal tab's section "Trouver": my profile, mentor suggestions and my request, my requests, peer groups. */
export function FindSection({ host }: SectionProps) {
  const scoped = useScopedIds();
  const styles = useMatchingStyles();
  const { t } = useI18n();
  const client = useQueryClient();
  const profile = useMyProfile();
  const [generation, setGeneration] = useState(0);
  const reload = async () => {
    await client.refetchQueries({ queryKey: matchingKeys.profile });
    setGeneration((g) => g + 1);
  };

  return (
    <div className={styles.section}>
      <Text as="h1" block size={700} weight="semibold">{t("matching.find.heading")}</Text>
      <Text as="p" block>{t("matching.find.intro")}</Text>
      <section className={styles.part} aria-labelledby={scoped("matching-profile")}>
        <Text as="h2" id={scoped("matching-profile")} block size={500} weight="semibold">{t("matching.profile.heading")}</Text>
        {profile.isPending ? <Loading /> : null}
        {profile.isError ? <ErrorView error={profile.error} onRetry={() => profile.refetch()} /> : null}
        {profile.isSuccess && profile.data === null ? <Text as="p">{t("matching.profile.none")}</Text> : null}
        {/* Reloading after a conflict shows the profile as it now is, in a fresh form. */}
        {profile.isSuccess ? (
          <ProfileForm key={generation} labelledBy={scoped("matching-profile")} mine={profile.data} language={pickLanguage(host.locale)}
            onReload={() => void reload()} />
        ) : null}
      </section>
      <MentorFinder hasProfile={!!profile.data} />
      <MyRequests locale={host.locale} />
      <PeerGroups userId={host.userId} />
    </div>
  );
}
