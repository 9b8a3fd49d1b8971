// A part of the page that fails (a panel, the canvas, a whole dataset) shows what failed and where,
// in its own place, and the rest of the page keeps working: never an empty page. "Try again"
// renders the part anew; `action` adds a way out (back to the previous dataset, say).
import { Component, type ErrorInfo, type ReactNode } from "react";

import { visibleText } from "../model";

interface Props {
  /** What this part is, as the message names it: "the details panel", "the canvas". */
  place: string;
  children: ReactNode;
  /** A second button, for a way out the part itself cannot offer. */
  action?: { label: string; run: () => void };
  className?: string;
}

interface State {
  error: Error | null;
}

const MESSAGE_MAX = 300;

/** The error as one short line: its message (control characters shown), at most MESSAGE_MAX characters. */
export function errorLine(error: unknown): string {
  const text = visibleText(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  return text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX)}…` : text;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever reads the console; the page itself says what happened.
    console.warn(`${this.props.place} failed:`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { place, action, className } = this.props;
    return (
      <div className={`part-failed ${className ?? ""}`} role="alert" data-failed-part={place}>
        <p>
          <strong>Something went wrong in {place}.</strong> The rest of the explorer still works.
        </p>
        <p className="part-failed-detail">
          <code>{errorLine(error)}</code>
        </p>
        <p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          {action && (
            <button type="button" onClick={action.run}>
              {action.label}
            </button>
          )}
        </p>
      </div>
    );
  }
}
