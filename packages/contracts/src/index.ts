export * from "./accounts";
export * from "./archive";
export * from "./common";
export * from "./exports";
export * from "./jobs";
export * from "./tenants";
export * from "./webhooks";
