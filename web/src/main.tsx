import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { startApp } from "./app/start";
import { onThemeChange } from "./host/teams";

// The Teams pages' entry (index.html); the Outlook task pane has its own (pane.tsx, taskpane.html).
const root = createRoot(document.getElementById("root")!);
startApp().then((started) => started && root.render(<App started={started} followTheme={onThemeChange} />));
