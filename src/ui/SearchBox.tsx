// Search over labels and aliases as an ARIA combobox (the APG "list autocomplete" pattern):
// focus stays in the text box, arrow keys move the active option, Enter selects, Escape closes.
// The option under the keyboard is also the hovered node, so the canvas shows where it is.
import { useId, useMemo, useState, type KeyboardEvent } from "react";

import { KIND_LABELS } from "../model";
import { buildSearchIndex, searchNodes, type SearchHit } from "../queries/search";
import { setQuery } from "../state/transitions";
import { useExplorer, useHover, useUpdateView, useViewState } from "./context";
import { useSelect } from "./hooks";
import { KindShape } from "./KindShape";

const LIMIT = 8;

export function SearchBox() {
  const { graph } = useExplorer();
  const { q } = useViewState();
  const update = useUpdateView();
  const select = useSelect();
  const [, setHover] = useHover();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const index = useMemo(() => buildSearchIndex(graph), [graph]);
  const hits = useMemo(() => (q.trim() ? searchNodes(index, q, LIMIT) : []), [index, q]);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && hits.length > 0;

  const moveTo = (i: number) => {
    setActive(i);
    setHover(hits[i]?.key ?? null);
  };
  const close = () => {
    setOpen(false);
    setHover(null);
  };
  const choose = (hit: SearchHit) => {
    select(hit.key);
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!hits.length) return;
      if (!open) {
        setOpen(true);
        return moveTo(event.key === "ArrowDown" ? 0 : hits.length - 1);
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      moveTo((active + step + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      const hit = expanded ? hits[active] : undefined;
      if (hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (expanded) close();
      else update((state) => setQuery(state, ""));
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="panel-heading">
        Search
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Name, acronym or alias…"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        value={q}
        onChange={(event) => {
          update((state) => setQuery(state, event.target.value));
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul id={listId} role="listbox" aria-label="Matching nodes" className="search-results" hidden={!expanded}>
        {expanded &&
          hits.map((hit, i) => (
            <li
              key={hit.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? "search-option is-active" : "search-option"}
              // Keep focus in the text box, as the combobox pattern requires.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => moveTo(i)}
              onClick={() => choose(hit)}
            >
              <KindShape kind={hit.kind} />
              <span className="search-option-label">{hit.label}</span>
              <span className="search-option-note">
                {KIND_LABELS[hit.kind].one}
                {hit.matched !== hit.label && ` · matches “${hit.matched}”`}
              </span>
            </li>
          ))}
      </ul>
      {open && q.trim() !== "" && hits.length === 0 && <p className="search-empty">No node matches “{q.trim()}”.</p>}
    </div>
  );
}
