import { test } from "node:test";
import assert from "node:assert/strict";
import { ApiError } from "../../../lib/api-client";
import { fieldErrors } from "./fieldErrors";

const problem = (fields: Record<string, string[]>) =>
  new ApiError({ kind: "problem", status: 400, code: "validation", detail: "Invalid", fields });

test("a field's messages, its indexed and nested entries included, case aside", () => {
  const errors = fieldErrors(problem({ Languages: ["Une langue au moins."], "languages[1]": ["Code inconnu."], "target.field": ["Requis."] }), ["languages", "target"]);
  assert.equal(errors.of("languages"), "Une langue au moins. Code inconnu.");
  assert.equal(errors.of("target"), "Requis.");
  assert.equal(errors.of("city"), undefined);
  assert.deepEqual(errors.elsewhere, []);
  assert.equal(errors.whole, false);
});

test("messages of fields the form does not show are kept, not dropped", () => {
  assert.deepEqual(fieldErrors(problem({ mentor: ["Ce mentor n'a plus de place."] }), ["message"]).elsewhere, ["Ce mentor n'a plus de place."]);
});

test("a problem without fields is shown whole; no error is nothing", () => {
  assert.equal(fieldErrors(new ApiError({ kind: "unreachable", detail: "HTTP 504" }), ["x"]).whole, true);
  assert.equal(fieldErrors(null, ["x"]).whole, false);
});
