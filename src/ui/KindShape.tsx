// The kind's colour and shape as a small inline picture, the same cue the canvas draws, so a
// reader can match legend, search results and details to the graph without relying on colour.
import type { Kind } from "../model";
import { KIND_STYLE } from "../state/appearance";

const OUTLINE = "#3a3a3a";

export function KindShape({ kind, size = 14 }: { kind: Kind; size?: number }) {
  const { color, shape } = KIND_STYLE[kind];
  const common = { fill: color, stroke: OUTLINE, strokeWidth: 1 };
  let body;
  switch (shape) {
    case "circle":
      body = <circle cx="8" cy="8" r="6" {...common} />;
      break;
    case "square":
      body = <rect x="2.5" y="2.5" width="11" height="11" {...common} />;
      break;
    case "diamond":
      body = <polygon points="8,1 15,8 8,15 1,8" {...common} />;
      break;
    case "triangle":
      body = <polygon points="8,1.5 15,14.5 1,14.5" {...common} />;
      break;
    case "ring":
      body = (
        <>
          <circle cx="8" cy="8" r="5.5" fill="none" stroke={color} strokeWidth="3" />
          <circle cx="8" cy="8" r="7" fill="none" stroke={OUTLINE} strokeWidth="0.75" />
        </>
      );
      break;
  }
  return (
    <svg className="kind-shape" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {body}
    </svg>
  );
}
