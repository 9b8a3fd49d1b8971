// The loader's problems, each at its place (node, relation, field), as `npm run validate` words them.
import { visibleText, type Problem } from "../../model";

export function ProblemList({ problems, label }: { problems: readonly Problem[]; label?: string }) {
  if (!problems.length) return null;
  return (
    <ol className="problem-list edit-problems" aria-label={label ?? "Problems"}>
      {problems.map((p, i) => (
        <li key={i} className={p.severity === "warning" ? "is-warning" : undefined}>
          <span className="problem-place">{visibleText([p.where, p.field].filter(Boolean).join(" · "))}</span>{" "}
          {visibleText(p.message)}
        </li>
      ))}
    </ol>
  );
}

/** The problems that concern one field of a form (by the end of their field path). */
export function fieldProblems(problems: readonly Problem[], field: string): Problem[] {
  return problems.filter((p) => p.field === field || p.field?.endsWith(`.${field}`));
}

/** A field's own problems, under its input. */
export function FieldProblems({ problems }: { problems: readonly Problem[] }) {
  return problems.map((p, i) => (
    <span key={i} className="field-problem">
      {p.message}
    </span>
  ));
}
