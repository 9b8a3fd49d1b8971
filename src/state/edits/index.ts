export * from "./changes";
export * from "./check";
export * from "./draft";
export * from "./log";
export * from "./make";
export * from "./summary";
