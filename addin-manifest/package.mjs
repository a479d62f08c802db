// Packages the unified app manifest (Teams tab + bot + Outlook add-in) into build/appPackage.zip.
//
//   node addin-manifest/package.mjs [--app-domain=host[:port]] [--aad-client-id=guid] [--bot-id=guid] [--app-id=guid]
//
// Each value comes from the argument, else the environment variable (when non-empty) (APP_DOMAIN, AAD_CLIENT_ID, BOT_ID,
// APP_ID), else the local default (the local host and the emulator's demo ids). The placeholders
// {{APP_DOMAIN}}, {{AAD_CLIENT_ID}}, {{BOT_ID}}, {{APP_ID}} are substituted into build/manifest.json,
// which is validated offline against the schema bundled in @microsoft/app-manifest (manifest and en.json),
// then zipped with the icons and the localization file. Exit code 0 only if there is no validation error.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { deflateRawSync, crc32 } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const buildDir = join(here, "build");

const settings = [
  { placeholder: "APP_DOMAIN", arg: "app-domain", fallback: "localhost:7071" },
  { placeholder: "AAD_CLIENT_ID", arg: "aad-client-id", fallback: "7d1c8d0e-5b7a-4f3e-9a55-2f0c6b0f4e11" },
  { placeholder: "BOT_ID", arg: "bot-id", fallback: "b0700000-0000-4000-8000-00000000b0b0" },
  { placeholder: "APP_ID", arg: "app-id", fallback: "a9900000-0000-4000-8000-0000000a9a9a" },
];

function parseArgs(argv) {
  const values = {};
  for (const token of argv) {
    const match = /^--([a-z-]+)=(.*)$/.exec(token);
    if (!match || !settings.some((s) => s.arg === match[1])) {
      fail(`Unknown argument '${token}'. Usage: node package.mjs ${settings.map((s) => `[--${s.arg}=...]`).join(" ")}`);
    }
    values[match[1]] = match[2];
  }
  return values;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

async function loadValidator() {
  try {
    const { AppManifestUtils } = (await import("@microsoft/app-manifest")).default;
    return AppManifestUtils;
  } catch (error) {
    fail(`Cannot load @microsoft/app-manifest (${error.message}). Run \`npm ci\` at the repository root first.`);
  }
}

// The bundled localization schema has two patternProperties keys that are not valid regular expressions
// in ajv's unicode mode (an unescaped "]" after "\\b"), so ajv throws while compiling it. Load it
// ourselves, escape that bracket, and pass it to validateAgainstSchema explicitly.
function localizationSchema(manifestVersion) {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const file = join(packageDir, "build", "json-schemas", "teams", `v${manifestVersion}`, "MicrosoftTeams.Localization.schema.json");
  const schema = JSON.parse(readFileSync(file, "utf8"));
  const fix = (node) => {
    if (!node || typeof node !== "object") return;
    if (node.patternProperties) {
      node.patternProperties = Object.fromEntries(
        Object.entries(node.patternProperties).map(([pattern, value]) => [pattern.replace(/\\b\]/g, "\\b\\]"), value]),
      );
    }
    Object.values(node).forEach(fix);
  };
  fix(schema);
  return schema;
}

// Minimal ZIP writer (deflate, no ZIP64): local headers, central directory, end record.
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const fileName = Buffer.from(name, "utf8");
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01 (reproducible archives)
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, compressed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const args = parseArgs(process.argv.slice(2));
const values = Object.fromEntries(
  settings.map((s) => [s.placeholder, args[s.arg] || process.env[s.placeholder] || s.fallback]),
);

let manifestText = readFileSync(join(here, "manifest.json"), "utf8");
for (const [placeholder, value] of Object.entries(values)) {
  manifestText = manifestText.replaceAll(`{{${placeholder}}}`, value);
}
const leftover = manifestText.match(/\{\{[A-Z_]+\}\}/g);
if (leftover) fail(`Unsubstituted placeholders: ${[...new Set(leftover)].join(", ")}`);

const manifest = JSON.parse(manifestText);
const localization = JSON.parse(readFileSync(join(here, "en.json"), "utf8"));

const AppManifestUtils = await loadValidator();
const errors = [
  ...(await AppManifestUtils.validateAgainstSchema(manifest)).map((e) => `manifest.json: ${e}`),
  ...(await AppManifestUtils.validateAgainstSchema(localization, localizationSchema(manifest.manifestVersion))).map((e) => `en.json: ${e}`),
];

console.log(`Substituted: ${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(" ")}`);
console.log(`Validation against schema ${manifest.manifestVersion}: ${errors.length} error(s)`);
for (const error of errors) console.error(`  ${error}`);
if (errors.length > 0) process.exit(1);

mkdirSync(buildDir, { recursive: true });
writeFileSync(join(buildDir, "manifest.json"), manifestText);
const files = [
  { name: "manifest.json", data: Buffer.from(manifestText, "utf8") },
  { name: manifest.icons.color, data: readFileSync(join(here, manifest.icons.color)) },
  { name: manifest.icons.outline, data: readFileSync(join(here, manifest.icons.outline)) },
  ...manifest.localizationInfo.additionalLanguages.map((l) => ({ name: l.file, data: readFileSync(join(here, l.file)) })),
];
const zipPath = join(buildDir, "appPackage.zip");
writeFileSync(zipPath, zip(files));
console.log(`Wrote ${zipPath} (${files.map((f) => f.name).join(", ")})`);
