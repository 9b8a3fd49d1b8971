// What the page shows while `?dataset=` is fetched: the file's name, how much has been read (of how
// much, when the server says), and Cancel, laid out like the progress of an opened file
// (ImportDialog). Once every byte is in, it says the dataset is being checked. After Cancel, a way
// to try again or to open the bundled dataset instead.
import { homeAddress } from "./dataset-history";

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export interface LoadingProgress {
  done: number;
  /** 0 while the size is unknown. */
  total: number;
}

interface Props {
  path: string;
  progress: LoadingProgress;
  onCancel: () => void;
}

export function LoadingScreen({ path, progress: { done, total }, onCancel }: Props) {
  const checking = total > 0 && done >= total;
  return (
    <main className="loading-screen" aria-busy="true">
      <p>Opening the dataset…</p>
      <div className="import-progress" role="status" aria-live="polite">
        <label>
          {checking ? `Checking ${path}…` : `Reading ${path}…`}{" "}
          {total > 0 ? (
            <progress max={total} value={done}>
              {Math.round((100 * done) / total)}%
            </progress>
          ) : (
            <progress />
          )}{" "}
          {total > 0 ? `${megabytes(done)} of ${megabytes(total)}` : megabytes(done)}
        </label>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </main>
  );
}

export function CancelledScreen({ path }: { path: string }) {
  return (
    <main className="loading-screen">
      <h1>Opening {path} was cancelled</h1>
      <p>
        <a href={window.location.href}>Try again</a> or{" "}
        <a href={homeAddress(window.location.pathname, null)}>open the bundled dataset</a>.
      </p>
    </main>
  );
}
