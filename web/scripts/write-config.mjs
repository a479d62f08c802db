// In a deployment, lays web/dist out as the Static Web App serves it and says where the API is. azd runs `npm run build` (whose
// last step this is) with its environment, and the web service's predeploy hook (azure.yaml) runs it again once provisioning gave
// AZURE_FUNCTION_APP_URL and API_SCOPE: the pages go under dist/tab/ (vite's base is /tab/, the manifest's URLs are
// https://<domain>/tab/…), their config.json next to them, and staticwebapp.config.json sends every /tab/<page> to the one
// index.html. Locally nothing is written: the local host serves dist under /tab/ and its own config.json.
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from "node:fs";

const api = process.env.AZURE_FUNCTION_APP_URL;
if (!api) {
  if (process.argv.includes("--required")) {
    console.error("write-config: AZURE_FUNCTION_APP_URL is not set (azd sets it from main.bicep's outputs)");
    process.exit(1);
  }
  process.exit(0);
}

const dist = new URL("../dist/", import.meta.url);
const tab = new URL("tab/", dist);
if (!existsSync(dist)) {
  console.error("write-config: web/dist does not exist; run `npm run build` first");
  process.exit(1);
}
mkdirSync(tab, { recursive: true });
const siteFiles = new Set(["tab", "staticwebapp.config.json"]);
for (const entry of readdirSync(dist)) {
  if (!siteFiles.has(entry)) renameSync(new URL(entry, dist), new URL(entry, tab));
}

const config = { apiBaseUrl: `${api.replace(/\/$/, "")}/api/`, hostOrigins: [] };
// The Outlook task pane asks Outlook for this scope by nested app authentication (api://{domain}/{client id}/access_as_user).
if (process.env.API_SCOPE) config.apiScope = process.env.API_SCOPE;
writeFileSync(new URL("config.json", tab), JSON.stringify(config, null, 2) + "\n");

// Static Web Apps: a path with no file falls back to this page (learn.microsoft.com/azure/static-web-apps/configuration,
// "Fallback routes"); files that exist (assets, config.json) are served as they are.
const site = { navigationFallback: { rewrite: "/tab/index.html", exclude: ["/tab/assets/*", "/tab/config.json"] } };
writeFileSync(new URL("staticwebapp.config.json", dist), JSON.stringify(site, null, 2) + "\n");
console.log(`dist/tab/config.json: ${JSON.stringify(config)}`);
