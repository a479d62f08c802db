import type { ReactNode } from "react";
import { makeStyles, shorthands, tokens, typographyStyles, type FieldControlProps } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Fluent's Select (medium, outline) in its tokens: a native <select>, drawn without the native arrow, with Fluent's
  // chevron and its brand underline on focus. Fluent's Select ships every size and appearance (~2.5 KB gzip); the side
  // panel's page has a 150 KB budget.
  root: {
    position: "relative", display: "flex", alignItems: "center", fontFamily: tokens.fontFamilyBase,
    "::after": {
      content: '""', position: "absolute", left: 0, right: 0, bottom: 0, height: tokens.borderRadiusMedium, boxSizing: "border-box",
      borderRadius: `0 0 ${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium}`, transform: "scaleX(0)",
      backgroundImage: `linear-gradient(0deg, ${tokens.colorCompoundBrandStroke} 0%, ${tokens.colorCompoundBrandStroke} 50%, transparent 50%, transparent 100%)`,
    },
    ":focus-within::after": { transform: "scaleX(1)" },
  },
  select: {
    appearance: "none", flexGrow: 1, maxWidth: "100%", height: "32px", boxSizing: "border-box", cursor: "pointer",
    paddingTop: 0, paddingBottom: 0, paddingLeft: `calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS})`,
    paddingRight: `calc(${tokens.spacingHorizontalMNudge} + 20px + ${tokens.spacingHorizontalXXS} + ${tokens.spacingHorizontalXXS})`,
    ...typographyStyles.body1, color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium, ...shorthands.border("1px", "solid", tokens.colorNeutralStroke1),
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    ":hover": { ...shorthands.borderColor(tokens.colorNeutralStroke1Hover), borderBottomColor: tokens.colorNeutralStrokeAccessible },
    ":focus": { outlineWidth: "2px", outlineStyle: "solid", outlineColor: "transparent" },
  },
  icon: { position: "absolute", right: tokens.spacingHorizontalMNudge, pointerEvents: "none", color: tokens.colorNeutralStrokeAccessible, display: "block" },
});

/** A Fluent-looking drop-down list for a `Field` (pass the field's control props: its label and messages point here). */
export function NativeSelect({ value, onChange, children, ...control }: FieldControlProps & { value: string; onChange: (value: string) => void; children: ReactNode }) {
  const styles = useStyles();
  return (
    <span className={styles.root}>
      <select {...control} className={styles.select} value={value} onChange={(e) => onChange(e.target.value)}>{children}</select>
      <svg className={styles.icon} aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="currentColor">
        <path d="M15.85 7.65c.2.2.2.5 0 .7l-5.46 5.49a.55.55 0 0 1-.78 0L4.15 8.35a.5.5 0 1 1 .7-.7L10 12.8l5.15-5.16c.2-.2.5-.2.7 0" />
      </svg>
    </span>
  );
}
