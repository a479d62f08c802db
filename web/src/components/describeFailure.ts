import type { Translate } from "../i18n/i18n";
import { ApiError } from "../lib/api-client";

/**
 * A failure's title and explanation as a person reads them. 409 and 412 are conflicts (RFC 9110 §15.5.10 and §15.5.13:
 * the item changed since it was read, an If-Match no longer matches): said as such, never as a generic error.
 */
export function describeFailure(t: Translate, error: unknown): [title: string, body: string] {
  const failure = error instanceof ApiError ? error.failure : undefined;
  if (failure?.kind === "consent") return [t("state.consent.title"), t("state.consent.body")];
  if (failure?.kind === "signIn") return [t("state.signIn.title"), t("state.signIn.body")];
  if (failure?.kind === "noHost") return [t("state.noHost.title"), t("state.noHost.body")];
  if (failure?.kind === "problem" && (failure.status === 409 || failure.status === 412)) return [t("state.conflict.title"), t("state.conflict")];
  if (failure?.kind === "problem") return [t("state.problem.title"), failure.detail];
  return [t("state.unreachable.title"), t("state.unreachable.body")];
}
