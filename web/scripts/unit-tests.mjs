// `npm run test:unit -w web`: compiles the unit tests (tsconfig.unit.json) and runs them with Node's test runner. The
// output folder says it is CommonJS (web/package.json says "module" for Vite), so Node loads what tsc wrote.
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";

const out = new URL("../.unit/", import.meta.url);
rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [new URL("../../node_modules/typescript/bin/tsc", import.meta.url).pathname, "-p", "tsconfig.unit.json"], {
  stdio: "inherit",
  cwd: new URL("..", import.meta.url),
});
writeFileSync(new URL("package.json", out), JSON.stringify({ type: "commonjs" }));
execFileSync(process.execPath, ["--test", out.pathname], { stdio: "inherit", env: { ...process.env, TZ: "Europe/Paris" } });
