export * from "./common";
export * from "./exports";
export * from "./jobs";
