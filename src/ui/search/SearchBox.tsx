// Search over labels and aliases: the node combobox (use-combobox.ts) with the query kept in the
// view, so it survives in the URL. Choosing selects the node and moves the keyboard to the details
// heading (panel-focus.ts), where the neighbour keys work; Escape with no list clears the query.
import { KIND_LABELS } from "../../model";
import { setQuery } from "../../state/transitions";
import { useUpdateView, useViewState } from "../context";
import { useSelect } from "../hooks";
import { KindShape } from "../KindShape";
import { focusPanelHeading } from "../shell/panel-focus";
import { useCombobox, type Combobox } from "./use-combobox";

export function SearchBox() {
  const { q } = useViewState();
  const update = useUpdateView();
  const select = useSelect();
  const combobox = useCombobox({
    text: q,
    onTextChange: (text) => update((state) => setQuery(state, text)),
    onChoose: (key) => {
      select(key);
      focusPanelHeading();
    },
    onDismiss: () => update((state) => setQuery(state, "")),
  });

  return (
    <div className="search">
      <label htmlFor={combobox.inputId} className="panel-heading">
        Search
      </label>
      <input {...combobox.inputProps} />
      <SearchResults combobox={combobox} />
    </div>
  );
}

/** The listbox of matching nodes under a combobox's text box, or a line saying nothing matches. */
export function SearchResults({ combobox }: { combobox: Combobox }) {
  const { hits, expanded, unmatched, listProps, optionProps } = combobox;
  return (
    <>
      <ul {...listProps}>
        {expanded &&
          hits.map((hit, i) => (
            <li key={hit.key} {...optionProps(i)}>
              <KindShape kind={hit.kind} />
              <span className="search-option-label">{hit.label}</span>
              <span className="search-option-note">
                {KIND_LABELS[hit.kind].one}
                {hit.matched !== hit.label && ` · matches “${hit.matched}”`}
              </span>
            </li>
          ))}
      </ul>
      {unmatched !== null && <p className="search-empty">No node matches “{unmatched}”.</p>}
    </>
  );
}
