/**
 * Fills a message: `{name}` takes a parameter as given; `{name, plural, one {…} other {…}}` picks the branch the language's
 * plural rules (Intl.PluralRules) give for that number, `#` in the branch being the number itself, and `=0 {…}` an exact
 * match (ICU MessageFormat's plural syntax, the subset the catalogs use). No "(s)": French says "1 séance", "0 séance",
 * "2 séances"; English "1 session", "0 sessions".
 */
export function formatMessage(text: string, language: string, params: Readonly<Record<string, string | number>> = {}): string {
  const rules = new Intl.PluralRules(language);
  let out = "";
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0) return out + text.slice(i);
    out += text.slice(i, open);
    const close = matchingBrace(text, open);
    out += fill(text.slice(open + 1, close), rules, language, params);
    i = close + 1;
  }
  return out;
}

function fill(inner: string, rules: Intl.PluralRules, language: string, params: Readonly<Record<string, string | number>>): string {
  const [name, kind] = inner.split(",", 2).map((s) => s.trim());
  if (!name || !(name in params)) return `{${inner}}`;
  if (kind !== "plural") return String(params[name]);
  const count = Number(params[name]);
  const branches = branchesOf(inner.slice(inner.indexOf("plural") + "plural".length).replace(/^\s*,/, ""));
  const branch = branches.get(`=${count}`) ?? branches.get(rules.select(count)) ?? branches.get("other") ?? "";
  return formatMessage(branch.replace(/#/g, String(count)), language, params);
}

// " one {# séance} other {# séances}" -> one => "# séance", other => "# séances".
function branchesOf(spec: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < spec.length) {
    const open = spec.indexOf("{", i);
    if (open < 0) break;
    const close = matchingBrace(spec, open);
    branches.set(spec.slice(i, open).trim(), spec.slice(open + 1, close));
    i = close + 1;
  }
  return branches;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    if (text[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in message: ${text}`);
}
