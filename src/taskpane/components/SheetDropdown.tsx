import { Dropdown, Field, Option } from "@fluentui/react-components";
import { useStrings } from "../strings/stringsContext";

export interface SheetDropdownProps {
  label: string;
  sheets: string[];
  selected?: string;
  disabled: boolean;
  /** Offers a "(không có)" choice that clears the selection. @default false */
  allowNone?: boolean;
  onSelect(sheet: string | undefined): void;
}

const NONE = "";

/** A labelled dropdown of the workbook's sheets. */
export function SheetDropdown({ label, sheets, selected, disabled, allowNone = false, onSelect }: SheetDropdownProps) {
  const strings = useStrings();
  return (
    <Field label={label}>
      <Dropdown
        placeholder={strings.pickSheet}
        value={selected ?? (allowNone ? strings.noChoice : "")}
        selectedOptions={[selected ?? NONE]}
        disabled={disabled}
        onOptionSelect={(_, data) => {
          if (data.optionValue !== undefined && data.optionValue !== (selected ?? NONE)) {
            onSelect(data.optionValue === NONE ? undefined : data.optionValue);
          }
        }}
      >
        {allowNone && <Option value={NONE}>{strings.noChoice}</Option>}
        {sheets.map((sheet) => (
          <Option key={sheet} value={sheet}>
            {sheet}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
