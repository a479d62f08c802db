import { test } from "node:test";
import assert from "node:assert/strict";
import { fr } from "./fr";
import { en } from "./en";
import * as personal from "../features/personal/i18n";
import * as circles from "../features/circles/i18n";
import * as outlook from "../features/outlook/i18n";
import * as followups from "../features/followups/i18n";
import * as privacy from "../features/privacy/i18n";
import * as matching from "../features/matching/i18n";
import * as codev from "../features/codev/i18n";
import { formatMessage } from "./format";

const catalogs: Record<string, { fr: Readonly<Record<string, string>>; en: Readonly<Record<string, string>> }> = {
  shared: { fr, en }, personal, circles, outlook, followups, privacy, matching, codev,
};

// The names a message expects: "{circle}" and the plural's "{held, plural, …}", not the words inside its branches.
function parameters(text: string): string[] {
  return [...text.matchAll(/\{\s*(\w+)\s*(?:,|\})/g)].map((m) => m[1]!).sort();
}

for (const [name, catalog] of Object.entries(catalogs)) {
  test(`${name}: French and English have the same keys`, () => {
    assert.deepEqual(Object.keys(catalog.en).sort(), Object.keys(catalog.fr).sort());
  });

  test(`${name}: every message reads in both languages (no "(s)", balanced braces, the same parameters)`, () => {
    for (const [key, text] of Object.entries(catalog.fr)) {
      const english = catalog.en[key]!;
      for (const [language, message] of [["fr", text], ["en", english]] as const) {
        assert.doesNotMatch(message, /\((s|e|es)\)/, `${key} (${language}) spells a plural as "(s)": use {n, plural, …}`);
        assert.doesNotThrow(() => formatMessage(message, language, {}), `${key} (${language})`);
        assert.notEqual(message.trim(), "", `${key} (${language}) is empty`);
      }
      assert.deepEqual([...new Set(parameters(english))], [...new Set(parameters(text))], `${key}: English and French take different parameters`);
    }
  });
}

test("no key is defined by two catalogs (the app stops at start when one is)", () => {
  const seen = new Map<string, string>();
  for (const [name, catalog] of Object.entries(catalogs)) {
    for (const key of Object.keys(catalog.fr)) {
      assert.equal(seen.get(key), undefined, `${key} is in ${seen.get(key)} and ${name}`);
      seen.set(key, name);
    }
  }
});
