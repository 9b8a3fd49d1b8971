// Shown instead of the graph when a dataset cannot be opened: every problem, with its place, so
// the person who edited the data can go straight to it.
import { type Problem, visibleText } from "../model";

export function ErrorScreen({ file, problems }: { file: string; problems: readonly Problem[] }) {
  const errors = problems.filter((p) => p.severity === "error");
  return (
    <main className="error-screen" role="alert">
      <h1>The dataset could not be opened</h1>
      <p>
        <code>{visibleText(file)}</code> has {errors.length} {errors.length === 1 ? "problem" : "problems"}. Fix{" "}
        {errors.length === 1 ? "it" : "them"} and reload; <code>npm run validate</code> prints the same list.
      </p>
      <ol className="problem-list">
        {problems.map((p, i) => (
          <li key={i} className={p.severity === "warning" ? "is-warning" : undefined}>
            <span className="problem-place">
              {visibleText(p.where)}
              {p.field ? ` · ${visibleText(p.field)}` : ""}
            </span>
            <span className="problem-message">{visibleText(p.message)}</span>
          </li>
        ))}
      </ol>
    </main>
  );
}
