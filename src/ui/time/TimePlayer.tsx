// Plays the story through time: Play (▶) steps month by month through the events and documents,
// revealing each as it happened (the canvas hides what is still to come), with the current date
// and what happened then; a slider moves to any step; "Show all" ends it. For readers who ask for
// reduced motion it steps more slowly, and nothing on the canvas is animated by it.
// Screen readers hear the player through the slider's value (the moment and what happened then)
// and through the status line, which speaks when it stops; the date shown here is not a live
// region, so a play through the story is not read out step by step, twice.
import { useEffect, useId } from "react";

import { cachedPlaySteps } from "../../queries/cached";
import { shortName } from "../../queries/lineage-story";
import { REDUCED_MOTION, useMediaQuery } from "../../context/media";
import { useExplorer, useStore } from "../context";

const STEP_MS = 1100;
const REDUCED_STEP_MS = 2200;
export function TimePlayer() {
  const { graph, playhead, playing: playingStore } = useExplorer();
  const steps = cachedPlaySteps(graph);
  const step = useStore(playhead);
  const playing = useStore(playingStore);
  const setPlaying = playingStore.set;
  const reduced = useMediaQuery(REDUCED_MOTION);
  const id = useId();
  const last = steps.length - 1;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(
      () => {
        const next = Math.min((playhead.get() ?? -1) + 1, last);
        playhead.set(next);
        if (next >= last) setPlaying(false);
      },
      reduced ? REDUCED_STEP_MS : STEP_MS,
    );
    return () => clearInterval(timer);
  }, [playing, playhead, setPlaying, last, reduced]);
  // Unmounted (the table view), the player stops where it is.
  useEffect(() => () => playingStore.set(false), [playingStore]);

  if (!steps.length) return null;
  const current = step === null ? null : steps[step];
  const happened = current ? current.keys.map((k) => shortName(graph.getNodeAttribute(k, "label"))) : [];
  const brief = happened.length > 2 ? [...happened.slice(0, 2), `${happened.length - 2} more`] : happened;
  const play = () => {
    if (step === null || step >= last) playhead.set(0);
    setPlaying(true);
  };

  return (
    <div className="time-player" role="group" aria-label="Play through time">
      <button
        type="button"
        className="play-button"
        aria-label={playing ? "Pause" : "Play through time"}
        title={playing ? "Pause" : "Play the story through time"}
        onClick={playing ? () => setPlaying(false) : play}
      >
        {/* Drawn, not typed: the ⏸ glyph is missing from many system fonts. */}
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          {playing ? (
            <path d="M2 1h3v10H2zM7 1h3v10H7z" fill="currentColor" />
          ) : (
            <path d="M2.5 1v10l8.5-5z" fill="currentColor" />
          )}
        </svg>
      </button>
      <label htmlFor={`${id}-slider`} className="offscreen">
        Moment in time
      </label>
      <input
        id={`${id}-slider`}
        type="range"
        min={0}
        max={last}
        value={step ?? last}
        aria-valuetext={current ? [current.label, brief.join("; ")].filter(Boolean).join(": ") : "All dates"}
        onChange={(event) => {
          setPlaying(false);
          playhead.set(Number(event.target.value));
        }}
      />
      <output className="time-now-label" aria-live="off">
        <strong>{current ? current.label : "All dates"}</strong>
        {happened.length > 0 && (
          <span className="time-happened">
            {" "}
            · {happened.slice(0, 2).join("; ")}
            {happened.length > 2 && ` and ${happened.length - 2} more`}
          </span>
        )}
      </output>
      {step !== null && (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setPlaying(false);
            playhead.set(null);
          }}
        >
          Show all
        </button>
      )}
    </div>
  );
}
