export * from "./model";
export * from "./forms";
export * from "./limits";
