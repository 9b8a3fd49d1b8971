// Picks a node by name: the same combobox as the search box (use-combobox.ts), but with its own
// text, and it hands the chosen key to `onPick` instead of selecting. Escape with no list cancels.
import { useState } from "react";

import { SearchResults } from "./SearchBox";
import { useCombobox } from "./use-combobox";

interface Props {
  label: string;
  onPick: (key: string) => void;
  /** Nodes that cannot be picked (the node it starts from). */
  exclude?: readonly string[];
  autoFocus?: boolean;
  onCancel?: () => void;
}

export function NodePicker({ label, onPick, exclude, autoFocus = false, onCancel }: Props) {
  const [text, setText] = useState("");
  const combobox = useCombobox({
    text,
    onTextChange: setText,
    onChoose: (key) => {
      setText("");
      onPick(key);
    },
    onDismiss: onCancel,
    exclude,
  });

  return (
    <div className="search node-picker">
      <label htmlFor={combobox.inputId} className="picker-label">
        {label}
      </label>
      <input {...combobox.inputProps} autoFocus={autoFocus} />
      <SearchResults combobox={combobox} />
    </div>
  );
}
