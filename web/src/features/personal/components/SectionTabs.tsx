import type { KeyboardEvent } from "react";
import { createFocusOutlineStyle, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, ...shorthands.borderBottom(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2) },
  tab: {
    position: "relative",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalMNudge}`,
    ...shorthands.borderStyle("none"),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground2Hover, backgroundColor: tokens.colorSubtleBackgroundHover },
    "::after": {
      content: '""', position: "absolute", left: tokens.spacingHorizontalMNudge, right: tokens.spacingHorizontalMNudge, bottom: 0,
      height: tokens.strokeWidthThicker, borderRadius: tokens.borderRadiusCircular,
    },
    ...createFocusOutlineStyle(),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
  },
});

interface Props {
  label: string;
  tabs: readonly { id: string; label: string }[];
  selected: string;
  onSelect: (id: string) => void;
  /** The element ids of a tab and of its panel (aria-controls / aria-labelledby tie them together). */
  tabId: (id: string) => string;
  panelId: (id: string) => string;
}

/**
 * The personal tab's section list, following WAI-ARIA's tabs pattern with manual activation: Tab reaches the selected
 * tab, the arrow keys (and Home / End) move between tabs, Enter or Space opens one. Styled like Fluent's TabList with its
 * tokens, so it follows the three Teams themes. Fluent's own TabList costs ~23 KB gzip (Tabster's arrow-key groups) on a
 * page whose budget is 150 KB; this one is a few hundred bytes.
 */
export function SectionTabs({ label, tabs, selected, onSelect, tabId, panelId }: Props) {
  const styles = useStyles();

  const move = (e: KeyboardEvent<HTMLButtonElement>) => {
    const all = Array.from(e.currentTarget.parentElement?.querySelectorAll<HTMLButtonElement>("[role=tab]") ?? []);
    const at = all.indexOf(e.currentTarget);
    const next = e.key === "ArrowRight" ? at + 1 : e.key === "ArrowLeft" ? at - 1 : e.key === "Home" ? 0 : e.key === "End" ? -1 : null;
    if (next === null) return;
    e.preventDefault();
    all.at(next % all.length)?.focus();
  };

  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {tabs.map((tab) => {
        const isSelected = tab.id === selected;
        return (
          <button key={tab.id} type="button" role="tab" id={tabId(tab.id)} aria-controls={panelId(tab.id)}
            aria-selected={isSelected} tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab.id)} onKeyDown={move}>
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
