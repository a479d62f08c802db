// Last step of `npm run build`: in a deployment build (azd sets AZURE_FUNCTION_APP_URL from the provisioning outputs), writes
// dist/config.json saying where the API is. Locally nothing is written: the local host serves its own config.json.
import { writeFileSync } from "node:fs";

const api = process.env.AZURE_FUNCTION_APP_URL;
if (!api) process.exit(0);
const config = { apiBaseUrl: `${api.replace(/\/$/, "")}/api/`, hostOrigins: [] };
// The Outlook task pane asks Outlook for this scope by nested app authentication (api://{domain}/{client id}/access_as_user).
if (process.env.API_SCOPE) config.apiScope = process.env.API_SCOPE;
writeFileSync(new URL("../dist/config.json", import.meta.url), JSON.stringify(config, null, 2) + "\n");
console.log(`dist/config.json: ${JSON.stringify(config)}`);
