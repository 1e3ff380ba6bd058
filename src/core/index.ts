/**
 * The pure domain core: catalog, scales, scoring, validation. No Office.js, no I/O.
 *
 * What this barrel is for: the core's public face to the tests, the scripts and the command line's
 * entry points, which use much of it at once. Inside src, modules import the file they need by its
 * path (a deep import says exactly what depends on what, and keeps the import-cycle check precise);
 * a new export belongs here only when code outside src needs it.
 */
export * from "./catalog";
export * from "./catalog/scales";
export * from "./form";
export * from "./fill";
export * from "./interpret";
export * from "./text";
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
