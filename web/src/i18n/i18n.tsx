import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Catalog, MessageKey } from "./catalog";

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  locale: string;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/** The one `t()` of the app, over the locale's catalog (loaded by `loadCatalog` before the first render). */
export function I18nProvider({ locale, catalog, children }: { locale: string; catalog: Catalog; children: ReactNode }) {
  const value = useMemo<I18n>(() => {
    return {
      locale,
      t: (key, params) =>
        catalog[key].replace(/\{(\w+)\}/g, (match, name: string) => (params && name in params ? String(params[name]) : match)),
    };
  }, [locale, catalog]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
