import { teamsLightTheme, type Theme } from "@fluentui/react-components";
import type { HostTheme } from "../host/teams";

/** A Teams theme by the host's name for it, with its Fluent tokens. */
export interface LoadedTheme {
  name: HostTheme;
  tokens: Theme;
}

// Teams' default (light) theme is in the first download; dark and high contrast, ~2 KB each once gzipped, are fetched only
// by a host showing them (before the first render: no flash of the light theme), which keeps them off everyone else's page.
const loaders: Record<HostTheme, () => Promise<Theme>> = {
  default: () => Promise.resolve(teamsLightTheme),
  dark: () => import("./themes/dark").then((m) => m.theme),
  contrast: () => import("./themes/contrast").then((m) => m.theme),
};

export async function loadTheme(name: HostTheme): Promise<LoadedTheme> {
  return { name, tokens: await loaders[name]() };
}
