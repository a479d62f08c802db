import type { ReactNode } from "react";
import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Fluent's Badge (medium) with the tokens of the four looks used here: Badge ships the styles of every appearance,
  // color and size (~3 KB gzip on each page), these are the few this app shows.
  pill: {
    display: "inline-flex", alignItems: "center", boxSizing: "border-box", height: "20px", minWidth: "20px",
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`, borderRadius: tokens.borderRadiusCircular,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorTransparentStroke),
    ...typographyStyles.caption1Strong,
  },
  brand: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, ...shorthands.borderColor(tokens.colorBrandStroke2) },
  outline: { color: tokens.colorBrandForeground1, ...shorthands.borderColor("currentColor") },
  warning: { color: tokens.colorPaletteYellowForeground2, ...shorthands.borderColor("currentColor") },
  success: { color: tokens.colorPaletteGreenForeground3, ...shorthands.borderColor(tokens.colorPaletteGreenBorder2) },
});

/** A short label on a card or a row: kind, role, status (Fluent Badge's look: brand tint, or an outline). */
export function Pill({ tone, children }: { tone: "brand" | "outline" | "warning" | "success"; children: ReactNode }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.pill, styles[tone])}>{children}</span>;
}
