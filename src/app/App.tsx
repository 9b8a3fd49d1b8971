// The app shell: opens the dataset (the bundled default, or `?dataset=` for a test dataset), then
// shows the explorer, or an error screen listing every problem. Never a blank page. A `?dataset=`
// file is fetched with progress and Cancel, and checked in a worker when it is large.
import "./csp";

import { useEffect, useRef, useState } from "react";

import { ErrorScreen } from "./ErrorScreen";
import { CancelledScreen, LoadingScreen, type LoadingProgress } from "./LoadingScreen";
import { type LoadedDataset, loadDefaultDataset } from "./loading/load-default";
import { datasetParam } from "./loading/url-dataset";
import { openUrlDataset, type Opening } from "./loading/open-url-dataset";
import { Workspace } from "./Workspace";
import "../ui/styles.css";
import "./app.css";

export function App() {
  const [asked] = useState(() => datasetParam(window.location.search));
  const [loaded, setLoaded] = useState<LoadedDataset | null>(() => (asked === null ? loadDefaultDataset() : null));
  const [progress, setProgress] = useState<LoadingProgress>({ done: 0, total: 0 });
  const opening = useRef<Opening | null>(null);
  const [cancelled, setCancelled] = useState(false);

  useEffect(() => {
    if (asked === null) return;
    const started = openUrlDataset(asked, window.location.href, (done, total) => setProgress({ done, total }));
    opening.current = started;
    void started.done.then((result) => result && setLoaded(result));
    return started.cancel;
  }, [asked]);

  if (cancelled && asked !== null) return <CancelledScreen path={asked} />;
  if (!loaded)
    return (
      <LoadingScreen
        path={asked ?? ""}
        progress={progress}
        onCancel={() => {
          opening.current?.cancel();
          setCancelled(true);
        }}
      />
    );
  if (!loaded.result.ok) return <ErrorScreen file={loaded.file} problems={loaded.result.problems} />;
  const { graph, version, texts } = loaded.result;
  return <Workspace initial={{ graph, version, texts }} param={asked} />;
}
