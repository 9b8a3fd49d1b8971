// The source reader: one source's title, publisher, date and address, then its full text with
// every passage the graph cites marked. Pointing at a passage names the facts it supports;
// choosing it selects them in the graph (the selection if it is one of them, else the first at
// once; the others from the list).
import { useEffect, useId, useMemo, useRef, useState } from "react";

import { formatDateRange, normaliseForQuote, type SourceRef } from "../../model";
import { locateQuote } from "../../queries/quote-location";
import { factNodes, sourcePassages } from "../../queries/source-passages";
import { openSource } from "../../state/transitions";
import { useExplorer, useStore, useUpdateView, useViewState } from "../context";
import { useSelect } from "../hooks";
import { CuratorNote } from "../details/CuratorNote";
import { CiteSelection } from "../edit/CiteSelection";
import { PassageFacts } from "./PassageFacts";
import { passageDomId, SourceText } from "./SourceText";
import "./reader.css";

const WEB = /^https?:\/\//i;

export function SourceReader() {
  const { graph } = useExplorer();
  const { source } = useViewState();
  const ref = source ? graph.getAttribute("sources").find((s) => s.id === source) : undefined;
  return ref ? <Reader key={ref.id} source={ref} /> : null;
}

function Reader({ source }: { source: SourceRef }) {
  const { graph, texts, sourceFocus } = useExplorer();
  const update = useUpdateView();
  const select = useSelect();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const textRoot = useRef<HTMLDivElement>(null);
  const text = texts?.[source.id];
  const found = useMemo(
    () => (text === undefined ? null : sourcePassages(graph, source.id, text)),
    [graph, source.id, text],
  );
  const [pinned, setPinned] = useState<number | null>(null);
  const [pointed, setPointed] = useState<number | null>(null);
  const focus = useStore(sourceFocus);
  const shown = pointed ?? pinned;
  const passages = useMemo(() => found?.passages ?? [], [found]);

  const { select: selected } = useViewState();
  const choose = (id: number) => {
    setPinned(id);
    // A passage that supports the selection keeps it: the reader opened from it stays where it was.
    const nodes = factNodes(passages[id]?.facts ?? []);
    const first = selected && nodes.includes(selected) ? selected : nodes[0];
    if (first) select(first);
  };

  // Opened by the reader without a passage to show: focus goes to the title, so reading starts at the top.
  // Closed: focus goes back to what opened the reader ("Show in source"), if it is still there,
  // instead of falling to the page's start.
  useEffect(() => {
    const opener = document.activeElement;
    // Opened by the address as the page loads (nothing has focus yet): focus stays where it is.
    const byReader = opener instanceof HTMLElement && opener !== document.body;
    if (byReader && !sourceFocus.get()) heading.current?.focus();
    return () => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [sourceFocus]);

  // "Show in source": bring the cited passage into view and give it focus.
  useEffect(() => {
    if (!focus || focus.source !== source.id) return;
    const span = text === undefined ? null : locateQuote(text, focus.quote, focus.selector);
    const match =
      passages.find((p) => span && p.start === span.start && p.end === span.end) ??
      passages.find((p) => p.quote === normaliseForQuote(focus.quote));
    // Asked once per request: reading on must not jump back.
    sourceFocus.set(null);
    // After the frame that draws the marks, so the passage is there to scroll to. Not cancelled
    // when the request is cleared above; a closed reader has no heading and is left alone.
    requestAnimationFrame(() => {
      if (!heading.current) return;
      if (!match) return heading.current.focus();
      setPinned(match.id);
      const el = document.getElementById(passageDomId(match.id));
      el?.scrollIntoView({ block: "center" });
      el?.focus({ preventScroll: true });
    });
  }, [focus, passages, source.id, sourceFocus, text]);

  const dates = formatDateRange(source.date, undefined);
  return (
    <section className="source-reader" aria-labelledby={titleId}>
      <header className="source-header">
        <p className="details-kind">Source</p>
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {source.title}
        </h2>
        <button
          type="button"
          className="close-button"
          aria-label="Close source"
          onClick={() => update((state) => openSource(state, null))}
        >
          ×
        </button>
        <p className="source-meta">
          {[source.publisher, dates].filter(Boolean).join(" · ")}
          {source.url && WEB.test(source.url) && (
            <>
              {" "}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                Read the original
              </a>
            </>
          )}
        </p>
        <CuratorNote note={source.note} />
        <CiteSelection source={source.id} textRoot={textRoot} />
      </header>
      {found === null ? (
        <p className="unverified-note">
          The text of this source did not come with the dataset, so its quotes could not be checked or shown here.
        </p>
      ) : (
        <>
          <p className="muted source-summary">
            {passages.length} cited {passages.length === 1 ? "passage" : "passages"}, marked in the text. Point at one
            to see what it supports; choose it to select that in the graph.
          </p>
          <PassageFacts passage={shown === null ? null : (passages[shown] ?? null)} onSelect={select} />
          <div ref={textRoot} className="source-text-root">
            <SourceText text={text!} passages={passages} active={shown} onPoint={setPointed} onChoose={choose} />
          </div>
        </>
      )}
    </section>
  );
}
