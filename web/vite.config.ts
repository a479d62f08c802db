import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { teamsLightTheme } from "@fluentui/react-theme";
import { griffelAot } from "./build/griffelAot";

// Teams' light theme (every page's default) as a style sheet of CSS variables on :root, written from Fluent's own theme at
// build time: FluentProvider would otherwise carry the theme object in the first script (~7 KB gzip) only to write the same
// variables into a <style> at run time. The dark and high-contrast themes still come as scripts, to whom shows them, and
// FluentProvider writes them over these. Fluent's tokens (`tokens.colorNeutralForeground1`) are these variables' names.
const lightThemeId = "virtual:teams-light-theme.css";
function teamsLightThemeCss() {
  return {
    name: "teams-light-theme-css",
    resolveId: (id: string) => (id === lightThemeId ? "\0teams-light-theme.css" : undefined),
    load: (id: string) => id === "\0teams-light-theme.css"
      ? `:root{${Object.entries(teamsLightTheme).map(([name, value]) => `--${name}:${value};`).join("")}}`
      : undefined,
  };
}

// The pages are served under /tab/ (the local host, the Azure static site), from two HTML entries, one per host:
// index.html for Teams (personal tab, meeting side panel and details, configuration: the page is chosen from the path)
// with teams-js and never Office.js or MSAL; taskpane.html for Outlook, which loads Office.js in its head, with MSAL and
// never teams-js.
export default defineConfig({
  base: "/tab/",
  plugins: [griffelAot(), react(), teamsLightThemeCss()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { index: "index.html", taskpane: "taskpane.html" },
      output: {
        // What a page needs before it renders (React, its host's SDK, Fluent's provider, the light theme, French) in few
        // files: entriesAware puts what both entries need in one and each host's own code in another (teams-js for
        // index.html; the Office.js wrapper for taskpane.html), so no page downloads the other host's code. Pages, sections
        // and forms stay in their own lazily loaded chunks. (Costs ~3 KB gzip against one file per page: see docs/outlook.md.)
        // MSAL (nested app authentication, the pane only) in a file of its own, named so the page-weight test can show it apart.
        codeSplitting: {
          groups: [
            { name: "msal", test: /node_modules[\\/]@azure[\\/]msal-/ },
            { name: "start", tags: ["$initial"], entriesAware: true },
          ],
        },
      },
    },
  },
});
