/** The contract readers' public face to the tests and scripts; src imports the files by path. */
export * from "./model";
export * from "./forms";
export * from "./limits";
