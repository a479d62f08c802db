import { test } from "node:test";
import assert from "node:assert/strict";
import { classifySignInFailure } from "./teamsSignIn";

test("a missing consent, as Teams or Entra ID words it, can be given by the person", () => {
  for (const reason of ["resourceRequiresConsent", "AADSTS65001: The user or administrator has not consented", "consent_required", "interaction_required"]) {
    assert.equal(classifySignInFailure(reason), "consent", reason);
  }
});

test("no host: teams-js was never initialized or found no parent", () => {
  assert.equal(classifySignInFailure("The library has not yet been initialized"), "noHost");
  assert.equal(classifySignInFailure("Initialization Failed. No Parent window found."), "noHost");
});

test("anything else is passing: asked again", () => {
  assert.equal(classifySignInFailure("timeout"), "passing");
  assert.equal(classifySignInFailure("Failed to fetch"), "passing");
});
