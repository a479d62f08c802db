import { useEffect, useRef, useState } from "react";
import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { ChoiceGroup } from "../../../components/ChoiceGroup";
import { Notice } from "../../../components/Notice";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import type { Circle, CircleKind } from "../../circles/api/types";
import { MAILBOX, outlookHost, type AppointmentItem } from "../host/outlookHost";
import { circleOfItem, circlesOf, createCircle, findColleague, invitation, scheduleSeries } from "../api/outlookApi";
import { adoptWhenSynced } from "../api/adoptWhenSynced";
import { recurrenceFor } from "./plan";
import { SignInGate } from "./SignInGate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  heading: { display: "block" },
});

interface Loaded {
  item: AppointmentItem;
  existing: { name: string } | null;
  guests: { email: string; name: string; personId: string | null }[];
  circles: Circle[];
}

/** The task pane of a new appointment, once Outlook gave the API token. */
export function TaskPane() {
  return <SignInGate><PlanCircle /></SignInGate>;
}

/** Turns the appointment into a circle's series, which the circle adopts once Outlook sends it. */
function PlanCircle() {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const host = outlookHost();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [choice, setChoice] = useState("new");
  const [name, setName] = useState("");
  const [objective, setObjective] = useState(t("outlook.defaultObjective"));
  const [myRole, setMyRole] = useState<"mentee" | "mentor">("mentee");
  const [state, setState] = useState<"idle" | "planning" | "syncing" | "adopted" | "fallback">("idle");
  const key = useRef(crypto.randomUUID());

  useEffect(() => {
    (async () => {
      const item = await host.getItem();
      const saved = host.supports(MAILBOX.itemId) ? await host.getItemId() : null;
      const existing = saved ? await circleOfItem(host.toRestId(saved)) : null;
      const guests = await Promise.all(item.attendees.map(async (a) => ({ ...a, personId: (await findColleague(a.email))?.id ?? null })));
      const known = guests.map((g) => g.personId).filter((id): id is string => !!id);
      const circles = guests.length > 0 && known.length === guests.length ? await circlesOf(host.userId, known) : [];
      setName(item.subject);
      setChoice(circles[0]?.id ?? "new");
      setLoaded({ item, existing, guests, circles });
    })().catch(setError);
  }, [host]);

  if (error) return <div className={styles.root}><ErrorView error={error} /></div>;
  if (!loaded) return <Loading />;
  const { item, existing, guests, circles } = loaded;
  const kind: CircleKind = guests.length === 1 ? "mentorship" : "peerGroup";
  const unknown = guests.find((g) => !g.personId);
  const problem = existing ? null
    : guests.length === 0 ? t("outlook.noAttendee")
    : guests.length > 4 ? t("outlook.tooMany", { count: guests.length })
    : unknown ? t("outlook.unknown", { email: unknown.email })
    : item.isAllDay ? t("outlook.allDay")
    : null;
  const recurrence = recurrenceFor(kind, item, host.timeZone);
  const firstDate = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: host.timeZone }).format(item.start);

  async function plan() {
    setState("planning");
    try {
      const circle = choice !== "new" ? circles.find((c) => c.id === choice)!
        : await createCircle({
          kind,
          name: name.trim() || t(kind === "mentorship" ? "outlook.kind.mentorship" : "outlook.kind.peerGroup"),
          objective,
          members: [
            { personId: host.userId, role: kind === "mentorship" ? myRole : "peer", objective: "" },
            ...guests.map((g) => ({ personId: g.personId!, role: kind === "mentorship" ? (myRole === "mentee" ? "mentor" as const : "mentee" as const) : "peer" as const, objective: "" })),
          ],
          cadence: { firstDate: recurrence.startDate, startTime: recurrence.startTime, timeZone: host.timeZone },
        }, key.current);
      if (!host.supports(MAILBOX.itemId) || !host.supports(MAILBOX.recurrence)) {
        // No item id to hand over: the product creates the series itself, and this draft would only duplicate it.
        await scheduleSeries(circle.id);
        setState("fallback");
        setTimeout(() => void host.close(), 4000);
        return;
      }
      const text = await invitation(circle.id);
      if (!item.subject.trim()) await host.setSubject(text.subject);
      await host.setRecurrence(recurrence);
      await host.setBody(text.bodyHtml);
      const saved = await host.save();
      await adoptWhenSynced(circle.id, host.toRestId(saved), () => setState("syncing"));
      setState("adopted");
    } catch (e) {
      setState("idle");
      setError(e);
    }
  }

  return (
    <main className={styles.root} aria-labelledby="pane-title">
      <Text as="h1" size={500} weight="semibold" id="pane-title" className={styles.heading}>{t("outlook.title")}</Text>
      {existing ? <Notice intent="success">{t("outlook.existing", { name: existing.name })}</Notice> : null}
      {problem ? <Notice intent="warning" role="alert">{problem}</Notice> : null}
      {!existing && !problem && state !== "adopted" && state !== "fallback" ? (
        <>
          <Field label={t("outlook.attendees")}><Text>{guests.map((g) => g.name).join(", ")}</Text></Field>
          <ChoiceGroup
            label={t("outlook.choose")}
            value={choice}
            onChange={setChoice}
            choices={[
              ...circles.map((c) => ({ value: c.id, label: c.name })),
              { value: "new", label: `${t("outlook.create")} (${t(kind === "mentorship" ? "outlook.kind.mentorship" : "outlook.kind.peerGroup")})` },
            ]}
          />
          {choice === "new" ? (
            <>
              <Field label={t("outlook.name")} required><Input value={name} onChange={(_, d) => setName(d.value)} /></Field>
              <Field label={t("outlook.objective")}><Textarea value={objective} onChange={(_, d) => setObjective(d.value)} /></Field>
              {kind === "mentorship" ? (
                <ChoiceGroup
                  label={t("outlook.myRole")}
                  value={myRole}
                  onChange={(v) => setMyRole(v as "mentee" | "mentor")}
                  choices={[{ value: "mentee", label: t("outlook.role.mentee") }, { value: "mentor", label: t("outlook.role.mentor") }]}
                />
              ) : null}
            </>
          ) : null}
          <Field label={t("outlook.cadence")}>
            <Text>{t(kind === "mentorship" ? "outlook.cadence.monthly" : "outlook.cadence.fortnightly", { date: firstDate })}</Text>
          </Field>
          <Field label={t("outlook.agenda")}><Text>{t("outlook.agenda.items")}</Text></Field>
          <Button appearance="primary" disabled={state === "planning" || state === "syncing"} onClick={() => void plan()}>
            {state === "idle" ? t("outlook.plan") : t("outlook.planning")}
          </Button>
          {state === "syncing" ? <Notice intent="info" role="status">{t("outlook.syncing")}</Notice> : null}
        </>
      ) : null}
      {state === "adopted" ? <Notice intent="success" role="status">{t("outlook.adopted")}</Notice> : null}
      {state === "fallback" ? <Notice intent="info" role="status">{t("outlook.fallback")}</Notice> : null}
    </main>
  );
}
