import type { Theme } from "@fluentui/react-components";
import type { HostTheme } from "../host/teams";

/** A Teams theme by the host's name for it, with its Fluent tokens (none for the light theme: see below). */
export interface LoadedTheme {
  name: HostTheme;
  tokens: Theme | undefined;
}

// Teams' default (light) theme is no script: its variables are a style sheet on :root, written at build time from Fluent's
// teamsLightTheme (vite.config.ts), which FluentProvider without a theme leaves as they are. Dark and high contrast, ~2 KB
// each once gzipped, are fetched only by a host showing them (before the first render: no flash of the light theme), and
// FluentProvider writes them over the light ones.
const loaders: Record<HostTheme, () => Promise<Theme | undefined>> = {
  default: () => Promise.resolve(undefined),
  dark: () => import("./themes/dark").then((m) => m.theme),
  contrast: () => import("./themes/contrast").then((m) => m.theme),
};

export async function loadTheme(name: HostTheme): Promise<LoadedTheme> {
  return { name, tokens: await loaders[name]() };
}
