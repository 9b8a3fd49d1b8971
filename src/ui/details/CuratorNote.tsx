// The curator's remark on a node, relation or source ("the source gives no month"). It is the
// dataset maker's word, not the source's, so it is labelled as such and kept apart from the
// description a reader takes for fact. Rendered as text.
export function CuratorNote({ note }: { note: string | undefined }) {
  if (!note) return null;
  return (
    <p className="curator-note">
      <span className="curator-note-label">Curator's note:</span> {note}
    </p>
  );
}
