/** The pure domain core: catalog, scales, scoring, validation. No Office.js, no I/O. */
export * from "./catalog";
export * from "./catalog/scales";
export * from "./form";
export * from "./fill";
export * from "./interpret";
export * from "./demo";
export * from "./scoring/arithmetic";
export * from "./scoring/formResult";
export * from "./scoring/register";
export * from "./limits";
export * from "./validation/validate";
export * from "./reasons";
export * from "./report";
export * from "./scoring/aggregate";
export * from "./merge/merge";
export * from "./results/dynamics";
export * from "./results/improvement";
