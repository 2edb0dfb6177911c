import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnRole } from "../../domain";
import type { ColumnChoice, MappingField, MappingTarget, MappingView } from "../analysis/analysisView.types";
import { useStrings } from "../strings/stringsContext";
import type { Strings } from "../strings";

export interface MappingEditorProps {
  mapping: MappingView;
  disabled: boolean;
  onSelectColumns(target: MappingTarget, role: ColumnRole, cols: number[]): void;
}

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const NONE = "";

/** The detected column of each role, with a dropdown of the sheet's columns (and their headers) to correct it. */
export function MappingEditor({ mapping, disabled, onSelectColumns }: MappingEditorProps) {
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      {mapping.fields.map((field) => (
        <RoleDropdown
          key={field.role}
          field={field}
          choices={mapping.choices}
          disabled={disabled}
          onSelect={(cols) => onSelectColumns(mapping.target, field.role, cols)}
        />
      ))}
    </div>
  );
}

interface RoleDropdownProps {
  field: MappingField;
  choices: ColumnChoice[];
  disabled: boolean;
  onSelect(cols: number[]): void;
}

function RoleDropdown({ field, choices, disabled, onSelect }: RoleDropdownProps) {
  const strings = useStrings();
  const selected = field.cols.map(String);
  return (
    <Field label={strings.columnRoles[field.role]}>
      <Dropdown
        multiselect={field.multiple}
        value={selectedText(field, choices, strings)}
        selectedOptions={selected.length ? selected : [NONE]}
        disabled={disabled}
        onOptionSelect={(_, data) => {
          const cols = data.selectedOptions.filter((value) => value !== NONE).map(Number);
          if (cols.join() !== field.cols.join()) onSelect(cols);
        }}
      >
        {/* Every table has a maximum: "(không có)" is offered for the roles a sheet may lack. */}
        {!field.multiple && field.role !== "max" && <Option value={NONE}>{strings.noChoice}</Option>}
        {choices.map((choice) => (
          <Option key={choice.col} value={String(choice.col)}>
            {choiceText(choice, strings)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function choiceText(choice: ColumnChoice, strings: Strings): string {
  return strings.column(choice.letters, choice.header);
}

function selectedText(field: MappingField, choices: ColumnChoice[], strings: Strings): string {
  const texts = field.cols.map((col) => choices.find((choice) => choice.col === col)).filter((c) => c !== undefined);
  return texts.length ? texts.map((choice) => choiceText(choice, strings)).join("; ") : strings.noChoice;
}
