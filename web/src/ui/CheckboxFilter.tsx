/** A list filter of several values at once ("Status: Open, Scheduled"): one checkbox per option. */
export function CheckboxFilter({ legend, options, value, onChange }: {
  legend: string; options: Record<string, string>; value: string[]; onChange: (next: string[]) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {Object.entries(options).map(([key, label]) => (
        <label key={key} className="check">
          <input type="checkbox" checked={value.includes(key)}
                 onChange={(e) => onChange(e.target.checked ? [...value, key] : value.filter((x) => x !== key))} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
