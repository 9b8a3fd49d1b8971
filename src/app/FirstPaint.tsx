// What index.html shows before the script runs, kept on screen by React while the bundled dataset
// and the explorer's chunk load, so nothing jumps between the two (first-paint.css styles both).
export function FirstPaint() {
  return (
    <div className="first-paint">
      <header className="first-paint-header">
        <p className="first-paint-title">Policy lineage explorer</p>
        <p className="first-paint-description">How an international policy idea travelled, fact by cited fact.</p>
      </header>
      <main className="first-paint-body" aria-busy="true">
        <p className="first-paint-status" role="status">
          <span className="first-paint-spinner"></span>Loading the graph…
        </p>
      </main>
    </div>
  );
}
