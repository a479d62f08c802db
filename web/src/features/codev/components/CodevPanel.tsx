import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ActionError } from "../../../components/ActionError";
import { ErrorView, Loading } from "../../../components/StateViews";
import { shareToStage } from "../../../host/teams";
import { PHASES, useCodev, useMovePhase, useProposal, useStartCodev, type CodevState } from "../api/queries";
import { CodevPlanForm } from "./CodevPlanForm";
import { CodevTimer } from "./CodevTimer";

const useStyles = makeStyles({ panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

/**
 * A peer group's session in co-développement mode, as the side panel and the meeting stage show it: the phase and its
 * timer, the roles, the next-phase button for the animateur only, the plan for the client; before it starts, the proposal.
 */
export function CodevPanel({ circleId, sessionId, onStage }: { circleId: string; sessionId: string; onStage: boolean }) {
  const styles = useStyles();
  const { t } = useI18n();
  const codev = useCodev(circleId, sessionId);

  if (codev.isPending) return <Loading />;
  if (codev.isError) return <ErrorView error={codev.error} onRetry={() => codev.refetch()} />;
  return (
    <section className={styles.panel} aria-label={t("codev.heading")}>
      <Text as="h2" block size={400} weight="semibold">{t("codev.heading")}</Text>
      {codev.data ? <Running circleId={circleId} sessionId={sessionId} state={codev.data} readAt={codev.dataUpdatedAt} onStage={onStage} />
        : <StartCodev circleId={circleId} sessionId={sessionId} />}
    </section>
  );
}

function Running({ circleId, sessionId, state, readAt, onStage }: { circleId: string; sessionId: string; state: CodevState; readAt: number; onStage: boolean }) {
  const { t } = useI18n();
  const move = useMovePhase(circleId, sessionId);
  const next = PHASES[state.phaseIndex + 1];
  const planTime = state.isClient && !state.planGiven && state.phaseIndex >= PHASES.indexOf("actionPlan");
  return (
    <>
      <Text as="h3" block size={500} weight="semibold" aria-live="polite">
        {t("codev.phase", { n: state.phaseIndex + 1, name: t(`codev.phase.${state.phase}`) })}
      </Text>
      <CodevTimer endsAt={state.phaseEndsAt} serverNow={state.serverNow} readAt={readAt} />
      <Text as="p">{t("codev.client", { name: state.client.displayName })}</Text>
      <Text as="p">{t("codev.animateur", { name: state.animateur.displayName })}</Text>
      <Text as="p">{t("codev.consultants", { names: state.consultants.map((c) => c.displayName).join(", ") })}</Text>
      {state.isAnimateur && next ? (
        <Button appearance="primary" disabledFocusable={move.isPending} onClick={() => move.mutate({ phase: next, version: state.version })}>{t("codev.next")}</Button>
      ) : null}
      {move.isError ? <ActionError error={move.error} /> : null}
      {onStage ? null : <Button onClick={() => shareToStage(window.location.href).catch(() => undefined)}>{t("codev.share")}</Button>}
      {planTime && !onStage ? <CodevPlanForm circleId={circleId} sessionId={sessionId} consultants={state.consultants} /> : null}
      {state.planGiven ? <Text as="p">{t("codev.plan.given")}</Text> : null}
    </>
  );
}

function StartCodev({ circleId, sessionId }: { circleId: string; sessionId: string }) {
  const { t } = useI18n();
  const proposal = useProposal(circleId, sessionId, true);
  const start = useStartCodev(circleId, sessionId);
  if (!proposal.data) return proposal.isError ? <ActionError error={proposal.error} /> : null;
  const p = proposal.data;
  return (
    <>
      <Text as="p">{t("codev.proposal", { client: p.client.displayName, animateur: p.animateur.displayName })}</Text>
      <Button disabledFocusable={start.isPending} onClick={() => start.mutate({ client: p.client.id, animateur: p.animateur.id })}>{t("codev.start")}</Button>
      {start.isError ? <ActionError error={start.error} /> : null}
    </>
  );
}
