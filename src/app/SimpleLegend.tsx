// A minimal legend (colour and shape per kind) for the first view; the side panel's legend
// replaces it once it is mounted.
import { KIND_LABELS, KINDS } from "../model";
import { KIND_STYLE, type KindShape } from "../state/appearance";

export function ShapeIcon({ shape, color }: { shape: KindShape; color: string }) {
  const common = { fill: color, stroke: "#fff", strokeWidth: 1 };
  return (
    <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
      {shape === "circle" && <circle r="6.5" {...common} />}
      {shape === "square" && <rect x="-6" y="-6" width="12" height="12" {...common} />}
      {shape === "diamond" && <polygon points="0,-7.5 7.5,0 0,7.5 -7.5,0" {...common} />}
      {shape === "triangle" && <polygon points="0,-7.5 7,5 -7,5" {...common} />}
      {shape === "ring" && <circle r="5" fill="none" stroke={color} strokeWidth="3.5" />}
    </svg>
  );
}

export function SimpleLegend() {
  return (
    <section className="simple-legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">Legend</h2>
      <ul>
        {KINDS.map((kind) => (
          <li key={kind}>
            <ShapeIcon {...KIND_STYLE[kind]} />
            {KIND_LABELS[kind].many}
          </li>
        ))}
      </ul>
    </section>
  );
}
