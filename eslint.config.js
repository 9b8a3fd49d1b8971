import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Each layer imports only from the layers before it (docs/architecture.md).
const LATER = {
  model: ["queries", "io", "state", "context", "view", "ui", "app", "cli"],
  queries: ["io", "state", "context", "view", "ui", "app", "cli"],
  io: ["state", "context", "view", "ui", "app", "cli"],
  state: ["context", "view", "ui", "app", "cli"],
  // The React context and hooks both view/ and ui/ read the session through; no sigma.
  context: ["view", "ui", "app", "cli"],
  view: ["ui", "app", "cli"],
  ui: ["view", "app", "cli"],
};
const NO_UI_LIBS = ["react", "react-dom", "react-dom/*", "sigma", "sigma/*", "@react-sigma/*", "@sigma/*"];

const layerRules = Object.entries(LATER).map(([layer, later]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          ...later.map((l) => ({
            group: [`**/${l}`, `**/${l}/**`],
            message: `${layer}/ may not import from ${l}/`,
          })),
          ...(["model", "queries", "io", "state"].includes(layer)
            ? [{ group: NO_UI_LIBS, message: `${layer}/ stays free of React and sigma` }]
            : []),
          ...(layer === "ui" || layer === "context"
            ? [{ group: ["sigma", "sigma/*", "@sigma/*"], message: "sigma stays in view/" }]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "bench-results/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...layerRules,
);
