import { useState, type FormEvent } from "react";
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/catalog";
import { ErrorView } from "../../../components/StateViews";
import { NativeSelect } from "../../../components/NativeSelect";
import { ApiError } from "../../../lib/api-client";
import { timeZone } from "../../../lib/dates";
import { fieldErrors } from "../api/fieldErrors";
import { useSaveProfile } from "../api/queries";
import type { Day, MyProfile, PartOfDay, ProfileDraft, Visibility } from "../api/types";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "720px" },
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))", gap: tokens.spacingHorizontalM },
  fieldset: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  slots: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(200px, 1fr))", columnGap: tokens.spacingHorizontalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const days: readonly Day[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const parts: readonly PartOfDay[] = ["morning", "afternoon", "evening"];
const visibilities: readonly Visibility[] = ["none", "mentor", "peer", "mentorAndPeer"];
const shownFields = ["about", "currentJob", "targetField", "targetJob", "skillsOffered", "skillsSought", "languages", "city", "timeZone", "availability", "visibility", "mentor"];
const zones: readonly string[] = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

const list = (text: string) => text.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

const empty: ProfileDraft = {
  about: "", currentJob: "", targetField: "", targetJob: "", skillsOffered: [], skillsSought: [], languages: [], city: "",
  timeZone: timeZone(), availability: [], visibility: "none", mentor: null,
};

/**
 * My profile, every field the API keeps. Saved with the version it was read at: a profile changed elsewhere (another tab,
 * the bot) is refused (409) and the form says so instead of overwriting it. The mentee count is the app's, shown not edited.
 */
export function ProfileForm({ mine, language, onReload, labelledBy }: { mine: MyProfile | null; language: string; onReload: () => void; labelledBy: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const save = useSaveProfile();
  const start = mine?.profile ?? { ...empty, languages: [language] };
  const [p, setP] = useState(start);
  const [texts, setTexts] = useState({
    skillsOffered: start.skillsOffered.join(", "), skillsSought: start.skillsSought.join(", "), languages: start.languages.join(", "),
    fields: start.mentor?.fields.join(", ") ?? "", years: String(start.mentor?.yearsOfExperience ?? ""), capacity: String(start.mentor?.capacity ?? ""),
  });
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => setP((old) => ({ ...old, [key]: value }));
  const errors = fieldErrors(save.error, shownFields);
  const changed = save.error instanceof ApiError && save.error.failure.kind === "problem" && save.error.failure.status === 409;
  const asMentor = p.visibility === "mentor" || p.visibility === "mentorAndPeer" || texts.fields.trim() !== "";
  const hasSlot = (day: Day, part: PartOfDay) => p.availability.some((s) => s.day === day && s.part === part);

  const toggle = (day: Day, part: PartOfDay, on: boolean) =>
    set("availability", on ? [...p.availability, { day, part }] : p.availability.filter((s) => s.day !== day || s.part !== part));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const draft: ProfileDraft = {
      ...p,
      skillsOffered: list(texts.skillsOffered), skillsSought: list(texts.skillsSought), languages: list(texts.languages),
      // The count of mentees is the server's (it moves when a mentorship begins or ends): the form leaves it out.
      mentor: asMentor
        ? { fields: list(texts.fields), yearsOfExperience: numberOrNull(texts.years), capacity: numberOrNull(texts.capacity), currentMentees: null }
        : null,
    };
    save.mutate({ draft, version: mine?.version });
  };

  const line = (key: "currentJob" | "targetField" | "targetJob" | "city", label: MessageKey) => (
    <Field label={t(label)} validationMessage={errors.of(key)}>
      <Input value={p[key]} maxLength={120} onChange={(_, d) => set(key, d.value)} />
    </Field>
  );
  const listField = (key: "skillsOffered" | "skillsSought" | "languages", label: MessageKey, hint: MessageKey) => (
    <Field label={t(label)} hint={t(hint)} required={key === "languages"} validationMessage={errors.of(key)}>
      <Input value={texts[key]} onChange={(_, d) => setTexts((old) => ({ ...old, [key]: d.value }))} />
    </Field>
  );

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={labelledBy} noValidate>
      <Text as="p" block>{t("matching.profile.privacy")}</Text>
      <Field label={t("matching.profile.about")} hint={t("matching.profile.aboutHint")} validationMessage={errors.of("about")}>
        <Textarea value={p.about} maxLength={2000} resize="vertical" onChange={(_, d) => set("about", d.value)} />
      </Field>
      <div className={styles.row}>
        {line("currentJob", "matching.profile.currentJob")}
        {line("targetField", "matching.profile.targetField")}
        {line("targetJob", "matching.profile.targetJob")}
      </div>
      <div className={styles.row}>
        {listField("skillsOffered", "matching.profile.skillsOffered", "matching.profile.listHint")}
        {listField("skillsSought", "matching.profile.skillsSought", "matching.profile.listHint")}
      </div>
      <div className={styles.row}>
        {listField("languages", "matching.profile.languages", "matching.profile.languagesHint")}
        {line("city", "matching.profile.city")}
        <Field label={t("matching.profile.timeZone")} required validationMessage={errors.of("timeZone")}>
          {(control) => (
            <NativeSelect {...control} value={p.timeZone} onChange={(v) => set("timeZone", v)}>
              {(zones.includes(p.timeZone) ? zones : [p.timeZone, ...zones]).map((z) => <option key={z} value={z}>{z}</option>)}
            </NativeSelect>
          )}
        </Field>
      </div>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("matching.profile.availability")}</legend>
        <div className={styles.slots}>
          {days.flatMap((day) => parts.map((part) => (
            <Checkbox key={`${day}-${part}`} checked={hasSlot(day, part)} onChange={(_, d) => toggle(day, part, d.checked === true)}
              label={t("matching.profile.slot", { day: t(`matching.day.${day}`), part: t(`matching.part.${part}`) })} />
          )))}
        </div>
        {errors.of("availability") ? <Text className={styles.error} role="alert">{errors.of("availability")}</Text> : null}
      </fieldset>
      <Field label={t("matching.profile.visibility")} required validationMessage={errors.of("visibility")}>
        <RadioGroup value={p.visibility} onChange={(_, d) => set("visibility", d.value as Visibility)}>
          {visibilities.map((v) => <Radio key={v} value={v} label={t(`matching.profile.visibility.${v}`)} />)}
        </RadioGroup>
      </Field>
      {asMentor ? (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t("matching.profile.mentor")}</legend>
          {errors.of("mentor") && !errors.of("mentor.fields") && !errors.of("mentor.capacity") && !errors.of("mentor.yearsOfExperience")
            ? <Text className={styles.error} role="alert">{errors.of("mentor")}</Text> : null}
          <Field label={t("matching.profile.mentorFields")} hint={t("matching.profile.listHint")} required validationMessage={errors.of("mentor.fields")}>
            <Input value={texts.fields} onChange={(_, d) => setTexts((old) => ({ ...old, fields: d.value }))} />
          </Field>
          <div className={styles.row}>
            <Field label={t("matching.profile.years")} required validationMessage={errors.of("mentor.yearsOfExperience")}>
              <Input type="number" min={0} value={texts.years} onChange={(_, d) => setTexts((old) => ({ ...old, years: d.value }))} />
            </Field>
            <Field label={t("matching.profile.capacity")} required validationMessage={errors.of("mentor.capacity")}>
              <Input type="number" min={1} value={texts.capacity} onChange={(_, d) => setTexts((old) => ({ ...old, capacity: d.value }))} />
            </Field>
          </div>
          <Text>{t("matching.profile.current", { count: start.mentor?.currentMentees ?? 0 })}</Text>
        </fieldset>
      ) : null}
      {changed ? (
        <div role="alert" className={styles.actions}>
          <Text weight="semibold">{t("matching.profile.changed")}</Text>
          <Button onClick={onReload}>{t("matching.profile.reload")}</Button>
        </div>
      ) : null}
      {errors.whole && !changed ? <ErrorView error={save.error} /> : null}
      {errors.elsewhere.length > 0 ? <Text role="alert" className={styles.error}>{errors.elsewhere.join(" ")}</Text> : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={save.isPending}>{t("matching.profile.save")}</Button>
        <Text role="status">{save.isSuccess ? t("matching.profile.saved") : ""}</Text>
      </div>
    </form>
  );
}
