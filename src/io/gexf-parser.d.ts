// graphology-gexf's parser factory, which takes the DOMParser and Document to use. Its public
// entries pick one for us (xmldom 0.8 under Node, the global one in the browser); io/xml.ts picks
// the browser's native parser when there is one (fast) and xmldom 0.9 otherwise (strict).
declare module "graphology-gexf/common/parser.js" {
  import type { GraphConstructor } from "graphology-types";
  import type { GexfParserOptions } from "graphology-gexf/common/types";

  type Parse = <G>(Graph: GraphConstructor, source: string | Document, options?: GexfParserOptions) => G;
  export default function createParserFunction(domParser: unknown, document: unknown): Parse;
}
