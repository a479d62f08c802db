import { useEffect, useState } from "react";
import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { I18nProvider } from "../i18n/i18n";
import { ApiError } from "../lib/api-client";
import { PageRouter } from "./PageRouter";
import { NoHost } from "../components/StateViews";
import { AnnouncerProvider } from "../components/Announcer";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { PageFailed } from "../components/PageFailed";
import type { HostTheme } from "../host/teams";
import type { Started } from "./start";
import { loadTheme, type LoadedTheme } from "./theme";
// Teams' light theme, every page's default, as CSS variables on :root (a style sheet written at build time: vite.config.ts).
import "virtual:teams-light-theme.css";

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A missing consent or a refused request will not fix itself by retrying; an unreachable API may.
      retry: (count, error) => count < 2 && error instanceof ApiError && error.failure.kind === "unreachable",
    },
  },
});

/** @param followTheme how this page's host tells a theme change (Teams' handler, Office's OfficeThemeChanged). */
export function App({ started, followTheme }: { started: Started; followTheme: (handler: (theme: HostTheme) => void) => void }) {
  const styles = useStyles();
  const [theme, setTheme] = useState<LoadedTheme>(started.theme);
  useEffect(() => {
    if (started.ok) followTheme((name) => void loadTheme(name).then(setTheme));
  }, [started, followTheme]);

  return (
    // The page's own surface is a child of the provider: classes on the provider itself are copied to the portal node
    // (popups), which would then cover the page.
    <FluentProvider theme={theme.tokens}>
      <div className={styles.root} data-theme={theme.name}>
      <I18nProvider locale={started.ok ? started.host.locale : started.locale} catalog={started.catalog}>
        <AnnouncerProvider>
          <ErrorBoundary fallback={() => <PageFailed />}>
            {started.ok ? (
              <QueryClientProvider client={queryClient}>
                <PageRouter host={started.host} />
              </QueryClientProvider>
            ) : (
              <NoHost />
            )}
          </ErrorBoundary>
        </AnnouncerProvider>
      </I18nProvider>
      </div>
    </FluentProvider>
  );
}
