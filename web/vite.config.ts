import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The pages are served under /tab/ (the local host, the Azure static site), from two HTML entries, one per host:
// index.html for Teams (personal tab, meeting side panel and details, configuration: the page is chosen from the path)
// with teams-js and never Office.js or MSAL; taskpane.html for Outlook, which loads Office.js in its head, with MSAL and
// never teams-js.
export default defineConfig({
  base: "/tab/",
  plugins: [react()],
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
