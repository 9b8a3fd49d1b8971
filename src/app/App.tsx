// The app shell: opens the dataset (the bundled default, or `?dataset=` for a test dataset), then
// shows the explorer, or an error screen listing every problem. Never a blank page. A `?dataset=`
// file is fetched with progress and Cancel, and checked in a worker when it is large.
import { useEffect, useRef, useState } from "react";

import type { GraphPreview } from "../io/preview";
import { ErrorScreen } from "./ErrorScreen";
import { FirstPaint } from "./FirstPaint";
import { CancelledScreen, LoadingScreen, type LoadingProgress } from "./LoadingScreen";
import type { LoadedDataset } from "./loading/load-default";
import { datasetParam } from "./loading/dataset-address";
import { openUrlDataset, type Opening } from "./loading/open-url-dataset";
import "../ui/styles.css";
import "./app.css";

// The explorer itself (panels, session, queries) and the bundled dataset are chunks of their own:
// the page that reads and previews a `?dataset=` file needs only the loaders and sigma, and has
// less script to run before it can. Both are fetched as this module runs, beside the dataset.
type Explorer = typeof import("./Workspace");
const explorer = import("./Workspace");
const bundled = datasetParam(window.location.search) === null ? import("./loading/load-default") : null;

export function App() {
  const [asked] = useState(() => datasetParam(window.location.search));
  const [loaded, setLoaded] = useState<LoadedDataset | null>(null);
  const [progress, setProgress] = useState<LoadingProgress>({ done: 0, total: 0 });
  const opening = useRef<Opening | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [preview, setPreview] = useState<GraphPreview | null>(null);
  /** Resolves the promise the opening waits on while the preview is being drawn. */
  const previewDrawn = useRef(() => {});
  const [shell, setShell] = useState<Explorer | null>(null);
  const [defaultJson, setDefaultJson] = useState<(() => unknown) | undefined>(undefined);
  useEffect(() => void explorer.then(setShell), []);

  useEffect(() => {
    if (asked === null) {
      let gone = false;
      void (bundled ?? import("./loading/load-default")).then((m) => {
        if (gone) return;
        setDefaultJson(() => m.defaultJson);
        setLoaded(m.loadDefaultDataset());
      });
      return () => void (gone = true);
    }
    const started = openUrlDataset(
      asked,
      window.location.href,
      (done, total) => setProgress({ done, total }),
      (picture) =>
        new Promise<void>((resolve) => {
          previewDrawn.current = resolve;
          setPreview(picture);
        }),
    );
    opening.current = started;
    void started.done.then((result) => result && setLoaded(result));
    return started.cancel;
  }, [asked]);

  if (cancelled && asked !== null) return <CancelledScreen path={asked} />;
  const result = loaded?.result;
  if (loaded && result && !result.ok) return <ErrorScreen file={loaded.file} problems={result.problems} />;
  if (!result?.ok || !shell)
    return asked === null ? (
      <FirstPaint />
    ) : (
      <LoadingScreen
        path={asked}
        progress={progress}
        preview={preview}
        onPreviewDrawn={() => previewDrawn.current()}
        onCancel={() => {
          opening.current?.cancel();
          setCancelled(true);
        }}
      />
    );
  const { graph, version, texts } = result;
  return <shell.Workspace initial={{ graph, version, texts }} param={asked} defaultJson={defaultJson} />;
}
