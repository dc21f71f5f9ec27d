interface SortHeaderProps {
  label: string;
  /** Whether the table is sorted by this column now. */
  active: boolean;
  descending: boolean;
  /** Sorts by this column, or turns the order round when it is the active one. */
  onSort: () => void;
}

/** A column header whose button sorts the table by it; the order is in aria-sort and an arrow. */
export function SortHeader({ label, active, descending, onSort }: SortHeaderProps) {
  return (
    <th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="cg-sort-button" onClick={onSort}>
        {label}
        <span className="cg-sort-button__icon" aria-hidden="true">
          {active ? (descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}
