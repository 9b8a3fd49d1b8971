// One ARIA combobox over the node search index (the APG "list autocomplete" pattern), shared by
// the search box and the node picker: focus stays in the text box, arrow keys move the active
// option, Enter or a click chooses, Escape closes the list. The option under the keyboard or
// pointer is also the hovered node, so the canvas shows where it is. The text itself belongs to
// the caller (the search box keeps it in the view, a picker in its own state).
import {
  useId,
  useMemo,
  useState,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type LiHTMLAttributes,
} from "react";

import { cachedSearchIndex } from "../../queries/cached";
import { searchNodes, type SearchHit } from "../../queries/search";
import { INITIAL, isExpanded, keyEffect, TYPED, type ComboboxState } from "./combobox-state";
import { useExplorer } from "../context";

const LIMIT = 8;

export interface ComboboxOptions {
  text: string;
  onTextChange: (text: string) => void;
  /** Called with the chosen node's key, after the list has closed. */
  onChoose: (key: string) => void;
  /** Escape when no list is showing. */
  onDismiss?: () => void;
  /** Nodes never offered (the node a picker starts from). */
  exclude?: readonly string[];
}

export interface Combobox {
  inputId: string;
  hits: readonly SearchHit[];
  /** The list is showing (open, with options). */
  expanded: boolean;
  /** The typed text, trimmed, when the list is open and nothing matches it; otherwise null. */
  unmatched: string | null;
  inputProps: InputHTMLAttributes<HTMLInputElement>;
  listProps: HTMLAttributes<HTMLUListElement>;
  optionProps: (i: number) => LiHTMLAttributes<HTMLLIElement>;
}

const NO_EXCLUSIONS: readonly string[] = [];

export function useCombobox({
  text,
  onTextChange,
  onChoose,
  onDismiss,
  exclude = NO_EXCLUSIONS,
}: ComboboxOptions): Combobox {
  const { graph, hover } = useExplorer();
  const [state, setState] = useState<ComboboxState>(INITIAL);
  const id = useId();
  // Callers pass a fresh exclusion array on each render; the search reruns only when its contents change.
  const excluded = exclude.join("\u0000");
  // Ask for as many more as are excluded, so excluding still leaves up to LIMIT options.
  const hits = useMemo(
    () =>
      // The index is built on the first search, not with the first frame.
      text.trim()
        ? searchNodes(cachedSearchIndex(graph), text, LIMIT + exclude.length)
            .filter((hit) => !exclude.includes(hit.key))
            .slice(0, LIMIT)
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the contents, see `excluded`
    [graph, text, excluded],
  );
  const expanded = isExpanded(state, hits.length);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const activate = (next: ComboboxState) => {
    setState(next);
    hover.set(hits[next.active]?.key ?? null);
  };
  const close = () => {
    setState((prev) => ({ ...prev, open: false }));
    hover.set(null);
  };
  const choose = (hit: SearchHit) => {
    close();
    onChoose(hit.key);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { effect, preventDefault } = keyEffect(state, event.key, hits.length);
    if (preventDefault) event.preventDefault();
    if (effect.type === "move") activate({ open: true, active: effect.to });
    else if (effect.type === "choose") choose(hits[effect.index]!);
    else if (effect.type === "close") close();
    else if (effect.type === "dismiss") onDismiss?.();
  };

  return {
    inputId: `${id}-input`,
    hits,
    expanded,
    unmatched: state.open && text.trim() !== "" && hits.length === 0 ? text.trim() : null,
    inputProps: {
      id: `${id}-input`,
      type: "text",
      role: "combobox",
      autoComplete: "off",
      spellCheck: false,
      placeholder: "Name, acronym or alias…",
      "aria-autocomplete": "list",
      "aria-expanded": expanded,
      "aria-controls": listId,
      "aria-activedescendant": expanded ? optionId(state.active) : undefined,
      value: text,
      onChange: (event) => {
        onTextChange(event.target.value);
        setState(TYPED);
      },
      onKeyDown,
      onBlur: close,
    },
    listProps: {
      id: listId,
      role: "listbox",
      "aria-label": "Matching nodes",
      className: "search-results",
      hidden: !expanded,
    },
    optionProps: (i) => ({
      id: optionId(i),
      role: "option",
      "aria-selected": i === state.active,
      className: i === state.active ? "search-option is-active" : "search-option",
      // Keep focus in the text box, as the combobox pattern requires.
      onMouseDown: (event) => event.preventDefault(),
      onMouseEnter: () => activate({ ...state, active: i }),
      onClick: () => choose(hits[i]!),
    }),
  };
}
