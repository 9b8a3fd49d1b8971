// The header's switch into the edit mode. The reading mode is untouched until it is pressed.
import { useEditor, useEditStart } from "./edit-context";

export function EditToggle() {
  const start = useEditStart();
  const editor = useEditor();
  if (editor)
    return (
      <button type="button" className="button edit-toggle" aria-pressed="true" onClick={editor.stop}>
        Stop editing
      </button>
    );
  if (!start) return null;
  return (
    <button type="button" className="button edit-toggle" aria-pressed="false" onClick={start}>
      Edit
    </button>
  );
}
