export * from "./accounts";
export * from "./common";
export * from "./dlp";
export * from "./exports";
export * from "./jobs";
export * from "./live";
export * from "./tenants";
export * from "./webhooks";
