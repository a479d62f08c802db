import { ApiError } from "../../../lib/api-client";

/**
 * The API's field errors (ProblemDetails `errors`) placed next to a form's fields: `of("languages")` gathers `languages`
 * and `languages[1]`; `elsewhere` holds the messages of fields the form does not show (e.g. `mentor` on a request form).
 */
export function fieldErrors(error: unknown, shown: readonly string[]) {
  const fields = error instanceof ApiError && error.failure.kind === "problem" ? error.failure.fields : {};
  const entries = Object.entries(fields).map(([name, messages]) => [name.toLowerCase(), messages] as const);
  const matches = (name: string, field: string) => name === field || name.startsWith(field + "[") || name.startsWith(field + ".");
  const of = (field: string): string | undefined =>
    entries.filter(([name]) => matches(name, field.toLowerCase())).flatMap(([, messages]) => messages).join(" ") || undefined;
  const elsewhere = entries.filter(([name]) => !shown.some((f) => matches(name, f.toLowerCase()))).flatMap(([, messages]) => messages);
  /** A problem without fields (403, 409, an outage): shown whole, as the ErrorView explains it. */
  const whole = error !== null && error !== undefined && Object.keys(fields).length === 0;
  return { of, elsewhere, whole };
}
