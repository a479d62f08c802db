import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { startApp } from "./app/start";

const root = createRoot(document.getElementById("root")!);
startApp().then((started) => started && root.render(<App started={started} />));
