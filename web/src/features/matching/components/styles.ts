import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout the matching sections share: a column of parts, lists of cards, a row of actions. */
export const useMatchingStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, "& > h2, & > h3, & > p": { margin: 0 } },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  card: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4,
    "& h2, & h3, & h4, & p": { margin: 0 },
  },
  title: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  quote: { whiteSpace: "pre-wrap", margin: 0, paddingLeft: tokens.spacingHorizontalM, borderLeft: `3px solid ${tokens.colorNeutralStroke2}` },
  table: {
    borderCollapse: "collapse", textAlign: "start",
    "& th, & td": { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, textAlign: "start" },
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});
