import type { ReactNode } from "react";
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

// Fluent's MessageBar (success, warning, info; single line) in its tokens: MessageBar and its intent icons weigh several KB
// gzip in the Outlook task pane's first download, which must stay under 150 KB.
const useStyles = makeStyles({
  notice: {
    padding: `${tokens.spacingVerticalMNudge} ${tokens.spacingHorizontalM}`, borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300,
  },
  success: { backgroundColor: tokens.colorStatusSuccessBackground1, ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorStatusSuccessBorder1) },
  warning: { backgroundColor: tokens.colorStatusWarningBackground1, ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorStatusWarningBorder1) },
  info: { backgroundColor: tokens.colorNeutralBackground3, ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke1) },
});

/** A one-line message in the colours of its intent; `role` says how a screen reader announces it (alert, status, or none). */
export function Notice({ intent, role, children }: { intent: "success" | "warning" | "info"; role?: "alert" | "status"; children: ReactNode }) {
  const styles = useStyles();
  return <div role={role} className={`${styles.notice} ${styles[intent]}`}>{children}</div>;
}
