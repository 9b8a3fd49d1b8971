export * from "./dates";
export * from "./kinds";
export { edgeKeyFor, loadDataset, type LoadOptions } from "./load";
export { formatProblem } from "./problems";
export { isReadOnly, makeReadOnly } from "./read-only";
export * from "./relations";
export * from "./text";
export * from "./types";
