// "Embed…": the <iframe> snippet that shows this view (and its story step) on another page,
// without the explorer's chrome. The address is this page's own, so it works from any subpath.
import { useEffect, useId, useRef, useState } from "react";

import { useExplorer } from "../context";

export function embedAddress(location: Pick<Location, "origin" | "pathname" | "search">): string {
  const params = new URLSearchParams(location.search);
  params.set("embed", "1");
  return `${location.origin}${location.pathname}?${params.toString()}`;
}

export function embedSnippet(address: string, title: string): string {
  const attr = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${attr(address)}" title="${attr(title)}" width="900" height="560" style="border:0" loading="lazy"></iframe>`;
}

export function EmbedButton() {
  const { graph } = useExplorer();
  const dialog = useRef<HTMLDialogElement>(null);
  const [snippet, setSnippet] = useState<string | null>(null);
  const [copied, setCopied] = useState("");
  const titleId = useId();

  useEffect(() => {
    const el = dialog.current;
    if (snippet !== null && el && !el.open) el.showModal();
  }, [snippet]);

  const open = () => {
    setCopied("");
    setSnippet(embedSnippet(embedAddress(window.location), String(graph.getAttribute("title"))));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet ?? "");
      setCopied("Copied");
    } catch {
      setCopied("Select the text and copy it");
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={open}>
        Embed…
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={titleId} onClose={() => setSnippet(null)}>
        <h2 id={titleId}>Embed this view</h2>
        <p>
          Paste this into a web page: it shows the graph and the step&rsquo;s caption, without the explorer around it.
        </p>
        <textarea
          readOnly
          rows={5}
          value={snippet ?? ""}
          aria-label="Embed snippet"
          onFocus={(e) => e.currentTarget.select()}
        />
        <p className="embed-copied" role="status">
          {copied}
        </p>
        <div className="embed-buttons">
          <button type="button" className="button" onClick={() => void copy()}>
            Copy
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
