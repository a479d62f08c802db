import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { startPane } from "./app/startPane";
import { outlookHost } from "./features/outlook/host/outlookHost";
import type { HostTheme } from "./host/teams";

// The Outlook task pane's entry (taskpane.html, after Office.js in its head); the Teams pages have their own (main.tsx).
const followOfficeTheme = (handler: (theme: HostTheme) => void) => outlookHost().onThemeChange(handler);
const root = createRoot(document.getElementById("root")!);
startPane().then((started) => root.render(<App started={started} followTheme={followOfficeTheme} />));
