import { useId } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

// Fluent's Field + RadioGroup + Radio as native radios in a fieldset, drawn with its tokens: the Fluent trio weighs a few KB
// gzip in the Outlook task pane's first download, which must stay under 150 KB. Native radios keep the keyboard and screen
// reader behaviour of a radio group (arrows move the choice, the legend names the group).
const useStyles = makeStyles({
  group: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  option: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  radio: { margin: 0, width: "16px", height: "16px", accentColor: tokens.colorCompoundBrandBackground },
});

export interface Choice {
  value: string;
  label: string;
}

/** One choice among a few, named by `label`. */
export function ChoiceGroup({ label, choices, value, onChange }: { label: string; choices: readonly Choice[]; value: string; onChange: (value: string) => void }) {
  const styles = useStyles();
  const name = useId();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{label}</legend>
      {choices.map((c) => (
        <label key={c.value} className={styles.option}>
          <input type="radio" className={styles.radio} name={name} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
