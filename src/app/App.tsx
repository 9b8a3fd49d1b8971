// The app shell: opens the dataset (the bundled default, or `?dataset=` for a test dataset), then
// shows the explorer, or an error screen listing every problem. Never a blank page.
import "./csp";

import { useEffect, useState } from "react";

import { ErrorScreen } from "./ErrorScreen";
import { type LoadedDataset, loadDefaultDataset } from "./load-default";
import { datasetParam, loadUrlDataset } from "./load-url-dataset";
import { Workspace } from "./Workspace";
import "../ui/styles.css";
import "./app.css";

export function App() {
  const [asked] = useState(() => datasetParam(window.location.search));
  const [loaded, setLoaded] = useState<LoadedDataset | null>(() => (asked === null ? loadDefaultDataset() : null));

  useEffect(() => {
    if (asked === null) return;
    let live = true;
    void loadUrlDataset(asked, window.location.href).then((result) => live && setLoaded(result));
    return () => {
      live = false;
    };
  }, [asked]);

  if (!loaded)
    return (
      <main className="loading-screen" aria-busy="true">
        <p>Opening the dataset…</p>
      </main>
    );
  if (!loaded.result.ok) return <ErrorScreen file={loaded.file} problems={loaded.result.problems} />;
  return <Workspace initial={{ graph: loaded.result.graph, json: loaded.json, texts: loaded.texts }} param={asked} />;
}
