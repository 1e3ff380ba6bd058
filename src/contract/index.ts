export * from "./model";
export * from "./forms";
