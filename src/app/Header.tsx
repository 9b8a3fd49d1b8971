// The dataset's title and a one-line description, so a first-time reader knows what the graph is
// about before touching it (the way in, "Start with the Rome Memorandum", is in the details panel).
import { useExplorer } from "../ui/context";
import { EditToggle } from "../ui/edit/EditToggle";
import { Toolbar } from "../ui/shell/Toolbar";

export function Header() {
  const { graph } = useExplorer();
  const { title, description } = graph.getAttributes();
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{title}</h1>
        {description && <p className="app-description">{description}</p>}
      </div>
      <div className="header-actions">
        <EditToggle />
        <Toolbar />
      </div>
    </header>
  );
}
