// Adding a source: its text pasted, or a .md/.txt/.html/.pdf file chosen or dropped here, with its
// title, publisher, address and date. Checked as `npm run validate` checks it; once added, the
// source opens in the reader, where its passages can be cited.
import { type DragEvent, useState } from "react";

import type { SourceRef } from "../../model";
import { addSource, freshKey, sourceIdTaken } from "../../state/edits";
import { openSource } from "../../state/transitions";
import { useUpdateView } from "../context";
import { useEditor } from "./edit-context";
import { FormActions, Modal } from "./Modal";
import { fieldProblems, ProblemList, FieldProblems } from "./ProblemList";
import { readSourceFile, tooLong } from "./read-source-file";

export function AddSourceDialog({ onClose }: { onClose: () => void }) {
  const editor = useEditor();
  const update = useUpdateView();
  const [ref, setRef] = useState({ title: "", publisher: "", url: "", date: "" });
  const [text, setText] = useState("");
  const [note, setNote] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  if (!editor) return null;
  const { draft } = editor;

  const id = freshKey(ref.title || "source", sourceIdTaken(draft));
  const source: SourceRef = {
    id,
    title: ref.title.trim(),
    ...(ref.publisher.trim() && { publisher: ref.publisher.trim() }),
    ...(ref.url.trim() && { url: ref.url.trim() }),
    ...(ref.date.trim() && { date: ref.date.trim() }),
  };
  const edit = addSource(draft, source, text);
  const index = draft.sources.length;
  const problems = editor
    .check(edit)
    .filter((p) => p.field?.startsWith(`attributes.sources[${index}]`) || p.where.includes(id));
  const limit = tooLong(text);
  const ready = source.title && text.trim() && !limit && problems.length === 0;

  const take = async (file: File | undefined) => {
    if (!file) return;
    setReading(true);
    setNote(`Reading ${file.name}…`);
    const read = await readSourceFile(file);
    setReading(false);
    if (!read.ok) return setNote(read.message);
    setText(read.text);
    setRef((r) => ({ ...r, title: r.title || read.title }));
    setNote(`${file.name}: ${read.text.length.toLocaleString("en")} characters of text.`);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    void take(e.dataTransfer.files[0]);
  };
  const field = (name: keyof typeof ref, label: string, hint?: string) => {
    const errs = fieldProblems(problems, name);
    return (
      <label className="edit-field">
        <span>{label}</span>
        <input
          value={ref[name]}
          aria-invalid={errs.length > 0}
          placeholder={hint}
          onChange={(e) => setRef((r) => ({ ...r, [name]: e.target.value }))}
        />
        <FieldProblems problems={errs} />
      </label>
    );
  };

  return (
    <Modal title="Add a source" onClose={onClose} className="add-source">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return;
          editor.apply(edit);
          update((state) => openSource(state, id));
          onClose();
        }}
      >
        {field("title", "Title (required)")}
        {field("publisher", "Publisher")}
        {field("url", "Address (URL)", "https://…")}
        {field("date", "Date", "2012-06")}
        <div className="drop-zone" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
          <label className="edit-field">
            <span>Text of the source (paste it, or drop a .md, .txt, .html or .pdf file here)</span>
            <textarea rows={8} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <label className="edit-field file-field">
            <span>Or choose a file</span>
            <input
              type="file"
              accept=".md,.txt,.html,.htm,.pdf,text/markdown,text/plain,text/html,application/pdf"
              disabled={reading}
              onChange={(e) => void take(e.target.files?.[0])}
            />
          </label>
        </div>
        {note && (
          <p className="muted" role="status">
            {note}
          </p>
        )}
        {limit && <p role="alert">{limit.message}</p>}
        <ProblemList
          problems={problems.filter((p) => !["title", "publisher", "url", "date"].some((f) => p.field?.endsWith(f)))}
        />
        <FormActions submit="Add source" disabled={!ready} onCancel={onClose} />
      </form>
    </Modal>
  );
}
