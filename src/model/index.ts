// First, so every graph built anywhere has indices that take any string as a key.
import "./graphology-keys";

export * from "./dates";
export * from "./drawing";
export * from "./kinds";
export { edgeKeyFor, loadDataset, type LoadOptions } from "./load";
export { formatProblem } from "./problems";
export { isReadOnly, makeReadOnly } from "./read-only";
export { sourceTextProblem } from "./validate-sources";
export * from "./relations";
export { findLineageCycle } from "./validate-lineage";
export * from "./text";
export * from "./types";
export { checkStories, citationOf } from "./validate-stories";
export * from "./visible-text";
export * from "./quote-selector";
