import { useState, type FormEvent } from "react";
import { Button, Field, Input, Radio, RadioGroup, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { HostContext } from "../../../host/teams";
import { useI18n } from "../../../i18n/i18n";
import { localDateAndTime, timeZone } from "../../../lib/dates";
import { ApiError } from "../../../lib/api-client";
import { ErrorView } from "../../../components/StateViews";
import { useFocusOnShow } from "../../../components/focus";
import { useAnnounce } from "../../../components/Announcer";
import { useCreateCircle } from "../api/queries";
import type { Circle, CircleKind, MemberRole, Person } from "../api/types";
import { PeoplePicker } from "./PeoplePicker";
import { SlotPicker } from "./SlotPicker";
import { roleLabel } from "./labels";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4 },
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", alignItems: "end" },
  members: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  member: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center" },
  actions: { display: "flex", gap: tokens.spacingHorizontalM },
});

interface Pick { person: Person; role: MemberRole }

/** Creating a circle: kind, name, objective, members from the directory, a first date; then the free slots to schedule. */
export function CreateCircleForm({ host, onDone }: { host: HostContext; onDone: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const create = useCreateCircle();
  const [key] = useState(() => crypto.randomUUID());
  const [kind, setKind] = useState<CircleKind>("mentorship");
  const [name, setName] = useState("");
  const [objective, setObjective] = useState("");
  // A week from today in my zone: a date a person can keep or change; the free slots are offered right after creation.
  const [firstDate, setFirstDate] = useState(() => localDateAndTime(new Date(Date.now() + 7 * 86_400_000).toISOString()).date);
  const [startTime, setStartTime] = useState("18:00");
  const [members, setMembers] = useState<Pick[]>([{ person: { id: host.userId, displayName: host.userName }, role: "mentee" }]);
  const [created, setCreated] = useState<Circle | null>(null);
  const heading = useFocusOnShow<HTMLHeadingElement>();
  const announce = useAnnounce();

  const fieldErrors = create.error instanceof ApiError && create.error.failure.kind === "problem" ? create.error.failure.fields : {};
  const fieldError = (prefix: string) =>
    Object.entries(fieldErrors).filter(([f]) => f.toLowerCase().startsWith(prefix.toLowerCase())).flatMap(([, m]) => m).join(" ") || undefined;
  const roles: MemberRole[] = kind === "mentorship" ? ["mentee", "mentor"] : ["peer"];

  function changeKind(next: CircleKind) {
    setKind(next);
    setMembers((ms) => ms.map((m) => ({ ...m, role: next === "peerGroup" ? "peer" : m.person.id === host.userId ? "mentee" : "mentor" })));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      {
        key,
        draft: {
          kind, name, objective,
          members: members.map((m) => ({ personId: m.person.id, role: m.role, objective: "" })),
          cadence: { ...(firstDate ? { firstDate } : {}), startTime, timeZone: timeZone() },
        },
      },
      {
        // Said through the page's one live region (the texts below are what the eyes read).
        onSuccess: (circle) => {
          setCreated(circle);
          const people = circle.invited.map((i) => i.displayName).join(", ");
          announce(circle.ready ? t("create.created", { name: circle.name }) : t("create.invited", { name: circle.name, people }));
        },
      },
    );
  }

  if (created && !created.ready) {
    // Nobody is in a circle without saying yes: the series waits for the invitees (the card schedules it later).
    const people = created.invited.map((i) => i.displayName).join(", ");
    return (
      <section className={styles.form} aria-label={t("create.heading")}>
        <Text>{t("create.invited", { name: created.name, people })}</Text>
        {/* So the inviter knows how each person hears of it: a card in Teams, or their tab at their next visit. */}
        <ul aria-label={t("create.notices")}>
          {created.invited.map((i) => (
            <li key={i.personId}>{t(i.notice === "teamsCard" ? "create.notice.teamsCard" : "create.notice.tab", { name: i.displayName })}</li>
          ))}
        </ul>
        <Button appearance="primary" onClick={onDone}>{t("create.done")}</Button>
      </section>
    );
  }

  if (created) {
    return (
      <section className={styles.form} aria-label={t("create.slots.heading")}>
        <Text>{t("create.created", { name: created.name })}</Text>
        <SlotPicker circleId={created.id} onScheduled={onDone} />
      </section>
    );
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label={t("create.heading")}>
      <Text as="h2" block size={500} weight="semibold" tabIndex={-1} ref={heading}>{t("create.heading")}</Text>
      <Field label={t("create.kind")}>
        <RadioGroup layout="horizontal" value={kind} onChange={(_, d) => changeKind(d.value as CircleKind)}>
          <Radio value="mentorship" label={t("circles.kind.mentorship")} />
          <Radio value="peerGroup" label={t("circles.kind.peerGroup")} />
        </RadioGroup>
      </Field>
      <Field label={t("create.name")} required validationMessage={fieldError("name")}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t("create.objective")} validationMessage={fieldError("objective")}>
        <Textarea value={objective} onChange={(_, d) => setObjective(d.value)} />
      </Field>
      <Field label={t("create.members")} validationMessage={fieldError("members")}>
        <ul className={styles.members}>
          {members.map((m) => (
            <li key={m.person.id} className={styles.member}>
              <Text>{m.person.id === host.userId ? t("create.you", { name: m.person.displayName }) : m.person.displayName}</Text>
              <Select aria-label={t("create.role", { name: m.person.displayName })} value={m.role}
                onChange={(_, d) => setMembers((ms) => ms.map((x) => (x === m ? { ...x, role: d.value as MemberRole } : x)))}>
                {roles.map((r) => <option key={r} value={r}>{roleLabel(t, r)}</option>)}
              </Select>
              {m.person.id !== host.userId ? (
                <Button appearance="subtle" onClick={() => setMembers((ms) => ms.filter((x) => x !== m))}>
                  {t("create.remove", { name: m.person.displayName })}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      </Field>
      <PeoplePicker exclude={members.map((m) => m.person.id)}
        onPick={(person) => setMembers((ms) => [...ms, { person, role: kind === "peerGroup" ? "peer" : "mentor" }])} />
      <div className={styles.row}>
        <Field label={t("create.firstDate")} required validationMessage={fieldError("cadence.firstDate")}>
          <Input type="date" value={firstDate} onChange={(_, d) => setFirstDate(d.value)} />
        </Field>
        <Field label={t("create.startTime")} validationMessage={fieldError("cadence.startTime")}>
          <Input type="time" value={startTime} onChange={(_, d) => setStartTime(d.value)} />
        </Field>
      </div>
      {create.isError && Object.keys(fieldErrors).length === 0 ? <ErrorView error={create.error} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={create.isPending}>{t("create.submit")}</Button>
        <Button onClick={onDone}>{t("create.cancel")}</Button>
      </div>
    </form>
  );
}
