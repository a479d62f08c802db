import { useState } from "react";
import { Combobox, Option, Field } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { usePeopleSearch } from "../api/queries";
import type { Person } from "../api/types";

/**
 * Finds people in the directory (GET /api/people?search=) as the person types; picking one adds them. While the search
 * runs the list says so (an empty list would read as "nobody"), and a failed search is the field's error, not silence.
 */
export function PeoplePicker({ exclude, onPick }: { exclude: string[]; onPick: (person: Person) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const found = usePeopleSearch(text);
  const options = (found.data ?? []).filter((p) => !exclude.includes(p.id));
  const searching = text.trim().length >= 2;

  return (
    <Field label={t("create.search")} hint={t("create.searchHint")} validationMessage={found.isError ? t("create.searchFailed") : undefined}>
      <Combobox
        freeform
        value={text}
        open={open && searching}
        onOpenChange={(_, data) => setOpen(data.open)}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onOptionSelect={(_, data) => {
          const person = options.find((p) => p.id === data.optionValue);
          if (person) {
            onPick(person);
            setText("");
            setOpen(false);
          }
        }}
      >
        {options.map((p) => (
          <Option key={p.id} value={p.id} text={p.displayName}>{p.mail ? `${p.displayName} — ${p.mail}` : p.displayName}</Option>
        ))}
        {searching && found.isFetching && options.length === 0 ? <Option disabled value="" text="">{t("create.searching")}</Option> : null}
        {searching && found.isSuccess && !found.isFetching && options.length === 0 ? (
          <Option disabled value="" text="">{t("create.noMatch", { text })}</Option>
        ) : null}
      </Combobox>
    </Field>
  );
}
