import { useState, type FormEvent } from "react";
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView } from "../../../components/StateViews";
import { PeoplePicker } from "../../circles/components/PeoplePicker";
import type { Person } from "../../circles/api/types";
import { fieldErrors } from "../api/fieldErrors";
import { useCreateCohort } from "../api/queries";
import type { Cohort } from "../api/types";
import { useMatchingStyles } from "./styles";
import { useScopedIds } from "../../../components/useScopedIds";
import { useFocusOnShow } from "../../../components/focus";

/** A new cohort: a name and people picked in the directory (the circles' people picker). Opened by "Nouvelle cohorte": its
 * heading takes focus; created or cancelled, it closes and the section puts focus back on that button. */
export function CohortForm({ onCreated, onCancel }: { onCreated: (cohort: Cohort) => void; onCancel: () => void }) {
  const scoped = useScopedIds();
  const styles = useMatchingStyles();
  const { t } = useI18n();
  const create = useCreateCohort();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [name, setName] = useState("");
  const [people, setPeople] = useState<Person[]>([]);
  const errors = fieldErrors(create.error, ["name", "members"]);
  const heading = useFocusOnShow<HTMLHeadingElement>();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ key, name, members: people.map((p) => p.id) }, {
      onSuccess: (cohort) => {
        setName("");
        setPeople([]);
        setKey(crypto.randomUUID());
        onCreated(cohort);
      },
    });
  };

  return (
    <form className={styles.card} onSubmit={submit} aria-labelledby={scoped("cohort-create")} noValidate>
      <Text as="h2" id={scoped("cohort-create")} block size={500} weight="semibold" tabIndex={-1} ref={heading}>{t("matching.cohorts.create")}</Text>
      <Field label={t("matching.cohorts.name")} required validationMessage={errors.of("name")}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t("matching.cohorts.people")} validationMessage={errors.of("members")}>
        <ul className={styles.list}>
          {people.map((p) => (
            <li key={p.id} className={styles.title}>
              <Text>{p.displayName}</Text>
              <Button appearance="subtle" onClick={() => setPeople((ps) => ps.filter((x) => x.id !== p.id))}>
                {t("matching.cohorts.remove", { name: p.displayName })}
              </Button>
            </li>
          ))}
        </ul>
      </Field>
      <PeoplePicker exclude={people.map((p) => p.id)} onPick={(p) => setPeople((ps) => [...ps, p])} />
      {errors.whole ? <ErrorView error={create.error} /> : null}
      {errors.elsewhere.length > 0 ? <Text role="alert" className={styles.error}>{errors.elsewhere.join(" ")}</Text> : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={create.isPending}>{t("matching.cohorts.createAction")}</Button>
        <Button onClick={onCancel}>{t("matching.cohorts.cancel")}</Button>
      </div>
    </form>
  );
}
