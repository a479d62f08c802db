import { test } from "node:test";
import assert from "node:assert/strict";
import { formatMessage } from "./format";

const sessions = "{held, plural, one {# séance passée} other {# séances passées}}";
const sessionsEn = "{held, plural, one {# past session} other {# past sessions}}";

test("French plural rules: 0 and 1 are singular, 2 plural", () => {
  assert.equal(formatMessage(sessions, "fr", { held: 0 }), "0 séance passée");
  assert.equal(formatMessage(sessions, "fr", { held: 1 }), "1 séance passée");
  assert.equal(formatMessage(sessions, "fr", { held: 2 }), "2 séances passées");
});

test("English plural rules: only 1 is singular", () => {
  assert.equal(formatMessage(sessionsEn, "en", { held: 0 }), "0 past sessions");
  assert.equal(formatMessage(sessionsEn, "en", { held: 1 }), "1 past session");
});

test("an exact =0 branch wins over the language's category", () => {
  assert.equal(formatMessage("{n, plural, =0 {aucun} one {# seul} other {#}}", "fr", { n: 0 }), "aucun");
});

test("plain placeholders, inside and around a plural branch", () => {
  const text = "{circle} : {held, plural, one {# séance avec {who}} other {# séances avec {who}}}";
  assert.equal(formatMessage(text, "fr", { circle: "Mentorat", held: 3, who: "Hugo" }), "Mentorat : 3 séances avec Hugo");
});

test("a placeholder without its parameter stays as written, so a missing value shows", () => {
  assert.equal(formatMessage("Bonjour {name}", "fr"), "Bonjour {name}");
});

test("unbalanced braces are a bug in the catalog, not a message", () => {
  assert.throws(() => formatMessage("{held, plural, one {#}", "fr", { held: 1 }), /Unbalanced/);
});
