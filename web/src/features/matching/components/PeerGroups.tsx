import { useState, type FormEvent } from "react";
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { Pill } from "../../../components/Pill";
import { ErrorView, Loading } from "../../../components/StateViews";
import { fieldErrors } from "../api/fieldErrors";
import { useGroupAction, useGroups } from "../api/queries";
import type { FormingGroup } from "../api/types";
import { useMatchingStyles } from "./styles";
import { useScopedIds } from "../../../components/useScopedIds";

/** "Groupes de pairs": groups proposed to me (accept / decline), open groups I can join, and starting one. */
export function PeerGroups({ userId }: { userId: string }) {
  const scoped = useScopedIds();
  const styles = useMatchingStyles();
  const { t } = useI18n();
  const groups = useGroups();
  const act = useGroupAction();
  const [name, setName] = useState("");
  const [done, setDone] = useState("");
  const errors = fieldErrors(act.error, ["name"]);

  const start = (e: FormEvent) => {
    e.preventDefault();
    act.mutate({ kind: "start", name }, { onSuccess: (g) => { setName(""); setDone(t("matching.groups.done", { name: g.name })); } });
  };
  const run = (kind: "join" | "accept" | "decline", g: FormingGroup) =>
    act.mutate({ kind, id: g.id }, {
      // The last yes makes the circle and the group leaves this list: say where it went.
      onSuccess: (after) => setDone(t(after.formed ? "matching.groups.becameCircle" : "matching.groups.done", { name: g.name })),
    });

  const item = (g: FormingGroup) => {
    const me = g.members.find((m) => m.personId === userId);
    const accepted = g.members.filter((m) => m.answer === "accepted").length;
    return (
      <li key={g.id}>
        <div role="group" className={styles.card} aria-labelledby={`group-${g.id}`}>
          <div className={styles.title}>
            <Text as="h4" id={`group-${g.id}`} weight="semibold">{g.name}</Text>
            {g.formed ? <Pill tone="success">{t("matching.groups.formed")}</Pill>
              : <Pill tone="outline">{t("matching.groups.waiting", { accepted, count: g.members.length })}</Pill>}
          </div>
          <Text>{t("matching.groups.members", { names: g.members.map((m) => m.displayName).join(", ") })}</Text>
          {!g.formed ? (
            <div className={styles.actions}>
              {me?.answer === "pending" ? (
                <>
                  <Button appearance="primary" disabledFocusable={act.isPending} onClick={() => run("accept", g)}>{t("matching.groups.accept", { name: g.name })}</Button>
                  <Button disabledFocusable={act.isPending} onClick={() => run("decline", g)}>{t("matching.groups.decline", { name: g.name })}</Button>
                </>
              ) : null}
              {!me && g.open ? <Button disabledFocusable={act.isPending} onClick={() => run("join", g)}>{t("matching.groups.join", { name: g.name })}</Button> : null}
            </div>
          ) : null}
        </div>
      </li>
    );
  };

  const mine = groups.data?.filter((g) => g.members.some((m) => m.personId === userId)) ?? [];
  const open = groups.data?.filter((g) => g.open && !g.formed && !g.members.some((m) => m.personId === userId)) ?? [];
  return (
    <section className={styles.part} aria-labelledby={scoped("matching-groups")}>
      <Text as="h2" id={scoped("matching-groups")} block size={500} weight="semibold">{t("matching.groups.heading")}</Text>
      <Text role="status">{done}</Text>
      {groups.isPending ? <Loading /> : null}
      {groups.isError ? <ErrorView error={groups.error} onRetry={() => groups.refetch()} /> : null}
      {errors.whole ? <ErrorView error={act.error} /> : null}
      {errors.elsewhere.length > 0 ? <Text role="alert" className={styles.error}>{errors.elsewhere.join(" ")}</Text> : null}
      {groups.data?.length === 0 ? <Text as="p">{t("matching.groups.none")}</Text> : null}
      {mine.length > 0 ? (
        <section className={styles.part} aria-labelledby={scoped("matching-groups-mine")}>
          <Text as="h3" id={scoped("matching-groups-mine")} block weight="semibold" size={400}>{t("matching.groups.proposed")}</Text>
          <ul className={styles.list}>{mine.map(item)}</ul>
        </section>
      ) : null}
      {open.length > 0 ? (
        <section className={styles.part} aria-labelledby={scoped("matching-groups-open")}>
          <Text as="h3" id={scoped("matching-groups-open")} block weight="semibold" size={400}>{t("matching.groups.open")}</Text>
          <ul className={styles.list}>{open.map(item)}</ul>
        </section>
      ) : null}
      <form className={styles.actions} onSubmit={start} aria-label={t("matching.groups.start")}>
        <Field label={t("matching.groups.name")} validationMessage={errors.of("name")}>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Button type="submit" disabledFocusable={act.isPending}>{t("matching.groups.startAction")}</Button>
      </form>
    </section>
  );
}
