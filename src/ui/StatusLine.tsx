// "Showing N of M nodes" as a live status, and a button that copies the view's address: the URL
// carries the whole view, so the copied link reopens exactly what the reader sees.
import { useEffect, useState } from "react";

import { useExplorer } from "./context";
import { useVisibleNodes } from "./hooks";

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      return await navigator.clipboard.writeText(text);
    } catch {
      // Denied (no permission, insecure context): fall through to the older way.
    }
  }
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.className = "offscreen";
  document.body.append(field);
  field.select();
  const ok = document.execCommand("copy");
  field.remove();
  if (!ok) throw new Error("copy refused");
}

export function StatusLine() {
  const { graph } = useExplorer();
  const visible = useVisibleNodes();
  const [confirmation, setConfirmation] = useState("");
  const total = graph.order;
  const shown = visible ? visible.size : total;

  useEffect(() => {
    if (!confirmation) return;
    const timer = setTimeout(() => setConfirmation(""), 3000);
    return () => clearTimeout(timer);
  }, [confirmation]);

  const copy = () =>
    copyText(location.href).then(
      () => setConfirmation("Copied"),
      () => setConfirmation("Could not copy: use the address bar"),
    );

  return (
    <div className="status-line">
      <p role="status" className="status-count">
        Showing {shown} of {total} nodes
      </p>
      <button type="button" className="button" onClick={copy}>
        Copy link
      </button>
      <span className="copy-confirmation" aria-live="polite">
        {confirmation}
      </span>
    </div>
  );
}
