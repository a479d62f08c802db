import { createContext, useContext, useEffect, useMemo, type ReactNode } from "react";
import { pickLanguage, type Catalog, type MessageKey } from "./catalog";
import { formatMessage } from "./format";

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  locale: string;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * The one `t()` of the app, over the locale's catalog (loaded by `loadCatalog` before the first render), plurals by the
 * shown language's rules. The page's `<html lang>` says the language shown (the catalog's, not the host's locale: a
 * German Teams shows French), so screen readers pronounce it right (WCAG 3.1.1).
 */
export function I18nProvider({ locale, catalog, children }: { locale: string; catalog: Catalog; children: ReactNode }) {
  const language = pickLanguage(locale);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(() => {
    return { locale, t: (key, params) => formatMessage(catalog[key], language, params) };
  }, [locale, language, catalog]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
