// Renders the app into #root, behind an error boundary (loaded by main.tsx).
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { App } from "./app/App";
import { ErrorBoundary } from "./ui/ErrorBoundary";

const root = document.getElementById("root");
if (!root) throw new Error("main: no #root element in index.html");
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary place="the explorer">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
