// Picks a node by name: the same combobox as the search box (APG list autocomplete; arrow keys,
// Enter, Escape), over the same index, but it hands the chosen key to `onPick` instead of selecting.
import { useId, useMemo, useState, type KeyboardEvent } from "react";

import { KIND_LABELS } from "../model";
import { buildSearchIndex, searchNodes } from "../queries/search";
import { useExplorer, useHover } from "./context";
import { KindShape } from "./KindShape";

const LIMIT = 8;

interface Props {
  label: string;
  onPick: (key: string) => void;
  /** Nodes that cannot be picked (the node it starts from). */
  exclude?: readonly string[];
  autoFocus?: boolean;
  onCancel?: () => void;
}

export function NodePicker({ label, onPick, exclude = [], autoFocus = false, onCancel }: Props) {
  const { graph } = useExplorer();
  const [, setHover] = useHover();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const index = useMemo(() => buildSearchIndex(graph), [graph]);
  const hits = useMemo(
    () => (text.trim() ? searchNodes(index, text, LIMIT + exclude.length).filter((h) => !exclude.includes(h.key)) : []),
    [index, text, exclude],
  ).slice(0, LIMIT);
  const expanded = open && hits.length > 0;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const moveTo = (i: number) => {
    setActive(i);
    setHover(hits[i]?.key ?? null);
  };
  const close = () => {
    setOpen(false);
    setHover(null);
  };
  const pick = (key: string) => {
    close();
    setText("");
    onPick(key);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!hits.length) return;
      if (!open) {
        setOpen(true);
        return moveTo(event.key === "ArrowDown" ? 0 : hits.length - 1);
      }
      moveTo((active + (event.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length);
    } else if (event.key === "Enter" && expanded && hits[active]) {
      event.preventDefault();
      pick(hits[active].key);
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (expanded) close();
      else onCancel?.();
    }
  };

  return (
    <div className="search node-picker">
      <label htmlFor={`${id}-input`} className="picker-label">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        placeholder="Name, acronym or alias…"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Matching nodes" className="search-results" hidden={!expanded}>
        {expanded &&
          hits.map((hit, i) => (
            <li
              key={hit.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? "search-option is-active" : "search-option"}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => moveTo(i)}
              onClick={() => pick(hit.key)}
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
      {open && text.trim() !== "" && hits.length === 0 && (
        <p className="search-empty">No node matches “{text.trim()}”.</p>
      )}
    </div>
  );
}
