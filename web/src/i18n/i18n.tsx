import { createContext, useContext, useMemo, type ReactNode } from "react";
import { en, fr, type MessageKey } from "./catalog";

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  locale: string;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/** French unless the host's locale is English (fr-FR, fr-CA… and any other language get French, the product's first). */
export function pickCatalog(locale: string): "fr" | "en" {
  return locale.toLowerCase().startsWith("en") ? "en" : "fr";
}

export function I18nProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const value = useMemo<I18n>(() => {
    const catalog = pickCatalog(locale) === "en" ? en : fr;
    return {
      locale,
      t: (key, params) =>
        catalog[key].replace(/\{(\w+)\}/g, (match, name: string) => (params && name in params ? String(params[name]) : match)),
    };
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
