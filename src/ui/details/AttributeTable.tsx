// The attributes a file carried that the data contract has no name for (Gephi's columns: a
// country, a modularity class), listed as the file named them. Values are rendered as text.
import { useId } from "react";

import type { Extra } from "../../model";

const show = (value: string | number | boolean) =>
  typeof value === "number" ? value.toLocaleString("en", { maximumFractionDigits: 6 }) : String(value);

export function AttributeTable({ extra }: { extra: Extra | undefined }) {
  const id = useId();
  const rows = Object.entries(extra ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (!rows.length) return null;
  return (
    <section className="attribute-table" aria-labelledby={id}>
      <h3 id={id}>Attributes</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{show(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
