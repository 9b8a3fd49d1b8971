// A column header that sorts its table: a button inside the <th>, with aria-sort on the header so
// a screen reader announces the order; choosing the sorted column again reverses it.
import type { SortDirection } from "../../queries/table-rows";

interface Props<K extends string> {
  column: K;
  label: string;
  sort: { by: K; direction: SortDirection };
  onSort: (sort: { by: K; direction: SortDirection }) => void;
}

export function SortHeader<K extends string>({ column, label, sort, onSort }: Props<K>) {
  const active = sort.by === column;
  const next: SortDirection = active && sort.direction === "ascending" ? "descending" : "ascending";
  return (
    <th scope="col" aria-sort={active ? sort.direction : "none"}>
      <button type="button" className="sort-button" onClick={() => onSort({ by: column, direction: next })}>
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {active ? (sort.direction === "ascending" ? " ▲" : " ▼") : " ↕"}
        </span>
      </button>
    </th>
  );
}
