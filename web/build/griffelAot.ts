import { resolveStyleRulesForSlots, shorthands } from "@griffel/core";
import { tokens, typographyStyles } from "@fluentui/react-theme";
import { createFocusOutlineStyle } from "@fluentui/react-tabster";

/**
 * Precompiles this app's `makeStyles({...})` into `__styles(classes, cssRules)` at build time, as Griffel's own build-time
 * transform does for Fluent's components (they ship precompiled): the page then never downloads Griffel's style compiler
 * (its resolver, `stylis`, `rtl-css-js`, ~8 KB gzip in every page's first script) only to turn the same objects into the
 * same classes in the browser. The classes and rules are those `makeStyles` computes at run time (same function, same hash,
 * left-to-right and right-to-left), so the page looks the same.
 *
 * A style object is evaluated on its own, with the names of `scope` below: one that needs anything else (another module's
 * value, a variable) fails the build with its file, so the compiler cannot come back unnoticed. Write such styles from
 * those names and literals (or add a pure Fluent helper to the scope).
 */
export function griffelAot() {
  const scope = { tokens, shorthands, typographyStyles, createFocusOutlineStyle };
  return {
    name: "griffel-aot",
    enforce: "pre" as const,
    transform(code: string, id: string) {
      if (!/\/src\/.*\.tsx?$/.test(id) || !code.includes("makeStyles(")) return undefined;
      let out = "";
      let from = 0;
      for (let at = code.indexOf("makeStyles(", from); at >= 0; at = code.indexOf("makeStyles(", from)) {
        const open = at + "makeStyles".length;
        const close = matchingParen(code, open);
        const source = code.slice(open + 1, close);
        let styles: unknown;
        try {
          styles = new Function(...Object.keys(scope), `"use strict"; return (${source});`)(...Object.values(scope));
        } catch (e) {
          throw new Error(`${id}: makeStyles cannot be precompiled (${(e as Error).message}); its styles may use only ${Object.keys(scope).join(", ")} and literals`);
        }
        const [classes, rules] = resolveStyleRulesForSlots(styles as Parameters<typeof resolveStyleRulesForSlots>[0]);
        out += code.slice(from, at) + `__styles(${JSON.stringify(classes)}, ${JSON.stringify(rules)})`;
        from = close + 1;
      }
      return { code: `import { __styles } from "@fluentui/react-components";\n${out}${code.slice(from)}`, map: null };
    },
  };
}

/** The index of the parenthesis closing the one at `open`, skipping strings, template literals and comments. */
function matchingParen(code: string, open: number): number {
  const closers: string[] = [];
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'") i = endOfString(code, i, c);
    else if (c === "`") { closers.push("`"); i = endOfTemplatePart(code, i + 1, closers); }
    else if (c === "/" && code[i + 1] === "/") i = code.indexOf("\n", i);
    else if (c === "/" && code[i + 1] === "*") i = code.indexOf("*/", i) + 1;
    else if (c === "(" || c === "{" || c === "[") closers.push(c === "(" ? ")" : c === "{" ? "}" : "]");
    else if (c === ")" || c === "}" || c === "]") {
      const expected = closers.pop();
      if (expected === "`" && c === "}") { closers.push("`"); i = endOfTemplatePart(code, i + 1, closers); continue; }
      if (expected !== c) throw new Error(`unbalanced '${c}' at ${i}`);
      if (closers.length === 0) return i;
    }
  }
  throw new Error("makeStyles( is not closed");
}

function endOfString(code: string, start: number, quote: string): number {
  for (let i = start + 1; i < code.length; i++) {
    if (code[i] === "\\") i++;
    else if (code[i] === quote) return i;
  }
  throw new Error("string not closed");
}

/** From inside a template literal: the index of its closing backtick (popping it), or of a `${` (whose `}` resumes it). */
function endOfTemplatePart(code: string, start: number, closers: string[]): number {
  for (let i = start; i < code.length; i++) {
    if (code[i] === "\\") i++;
    else if (code[i] === "`") { closers.pop(); return i; }
    else if (code[i] === "$" && code[i + 1] === "{") { return i + 1; }
  }
  throw new Error("template literal not closed");
}
