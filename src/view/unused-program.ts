// A stand-in for the programs sigma registers by default beside the given ones, circle nodes and
// line edges, which the explorer never draws (its nodes are "shape", its edges "arrow"). Each
// default would compile its shaders, a picking copy included, as sigma starts: in software WebGL,
// dropping them took a 1k graph's first frame from 342 to 320 ms (median of 12 visits each).
// Sigma calls these four on every program it holds, and draws nothing of a type it has none for.
import type { EdgeProgramType, NodeProgramType } from "sigma/rendering";

class UnusedProgram {
  reallocate(): void {}
  process(): void {}
  render(): void {}
  kill(): void {}
}

export const UNUSED_NODE_PROGRAM = UnusedProgram as unknown as NodeProgramType;
export const UNUSED_EDGE_PROGRAM = UnusedProgram as unknown as EdgeProgramType;
