// What the page shows while `?dataset=` is fetched: the file's name, how much has been read (of how
// much, when the server says), and Cancel, laid out like the progress of an opened file
// (ImportDialog). Once every byte is in, it says the dataset is being checked. After Cancel, a way
// to try again or to open the bundled dataset instead.
import type { GraphPreview } from "../io/preview";
import { PreviewCanvas } from "../view/PreviewCanvas";
import { homeAddress } from "./dataset-history";

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 49882 → "49,882" (toLocaleString's first call sets up Intl: tens of milliseconds before the first frame). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

export interface LoadingProgress {
  done: number;
  /** 0 while the size is unknown. */
  total: number;
}

interface Props {
  path: string;
  progress: LoadingProgress;
  onCancel: () => void;
  /** The file's own picture, drawn while it is checked. */
  preview?: GraphPreview | null;
  /** Called once the picture has been drawn (or could not be). */
  onPreviewDrawn?: () => void;
}

export function LoadingScreen({ path, progress: { done, total }, onCancel, preview = null, onPreviewDrawn }: Props) {
  const checking = (total > 0 && done >= total) || preview !== null;
  return (
    <main className={preview ? "loading-screen with-preview" : "loading-screen"} aria-busy="true">
      {preview && <PreviewCanvas preview={preview} onDrawn={onPreviewDrawn} />}
      <p>
        {preview
          ? `The file's own drawing of ${grouped(preview.keys.length)} nodes and ${grouped(preview.source.length)} edges. The explorer opens once the file is checked.`
          : "Opening the dataset…"}
      </p>
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
