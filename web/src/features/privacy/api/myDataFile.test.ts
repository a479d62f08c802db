import { test } from "node:test";
import assert from "node:assert/strict";
import { canDownload, myDataFile } from "./myDataFile";

const summary = "<!doctype html><html><body><h1>Mes données</h1></body></html>";

test("one file: the readable page, then the complete JSON inside it, before </body>", () => {
  const html = myDataFile(summary, { circles: [{ name: "Mentorat" }] }, "Toutes mes données (JSON)");
  assert.ok(html.startsWith("<!doctype html><html><body><h1>Mes données</h1><details>"));
  assert.ok(html.endsWith("</script>\n</body></html>"));
  const json = /<script type="application\/json" id="mes-donnees-json">([\s\S]*)<\/script>/.exec(html)![1]!;
  assert.deepEqual(JSON.parse(json), { circles: [{ name: "Mentorat" }] });
});

test("text that looks like markup stays text: shown escaped, and cannot end the embedded script", () => {
  const data = { note: "</script><script>alert(1)</script> & <b>" };
  const html = myDataFile(summary, data, "JSON");
  assert.ok(html.includes("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;"));
  const json = /<script type="application\/json" id="mes-donnees-json">([\s\S]*?)<\/script>\n/.exec(html)![1]!;
  assert.deepEqual(JSON.parse(json), data);
});

test("phones and tablets save no download; web and desktop do", () => {
  assert.equal(canDownload("android"), false);
  assert.equal(canDownload("ios"), false);
  assert.equal(canDownload("ipados"), false);
  assert.equal(canDownload("web"), true);
  assert.equal(canDownload("desktop"), true);
});
