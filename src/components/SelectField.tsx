interface Props {
  /** The select's element id (unique on the page). */
  id: string;
  label: string;
  /** The query-string name, so the form still means something with script off. */
  name: string;
  value: string;
  /** The first option, meaning "no filter". */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** A labelled drop-down whose first option clears it. */
export function SelectField({ id, label, name, value, anyLabel, options, onChange }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
