// A link to another node's view. A real address, so it can be opened in a new tab or copied; a
// plain click selects the node in place (the history binding then records the step).
import type { MouseEvent, ReactNode } from "react";

interface Props {
  nodeKey: string;
  onSelect: (key: string) => void;
  title?: string;
  children: ReactNode;
}

function hrefFor(key: string): string {
  const params = new URLSearchParams(location.search);
  params.set("select", key);
  return `?${params}`;
}

export function NodeLink({ nodeKey, onSelect, title, children }: Props) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onSelect(nodeKey);
  };
  return (
    <a className="node-link" href={hrefFor(nodeKey)} title={title} onClick={follow}>
      {children}
    </a>
  );
}
