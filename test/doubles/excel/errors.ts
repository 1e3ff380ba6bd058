/**
 * Errors shaped like OfficeExtension.Error: a `code` the add-in can switch on, and a message in
 * Office's words. The codes are Office's own (Excel.ErrorCodes), so code that handles the real ones
 * is exercised by the double.
 */
export type DoubleErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "AccessDenied"
  | "ApiNotFound"
  | "InvalidOperationInCellEditMode"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

export class DoubleError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: DoubleErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export const propertyNotLoaded = (type: string, property: string) =>
  new DoubleError(
    "PropertyNotLoaded",
    `The property '${property}' of ${type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const itemNotFound = (what: string) => new DoubleError("ItemNotFound", `The requested resource doesn't exist: ${what}`);
export const invalidArgument = (what: string) => new DoubleError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${what}`);
export const accessDenied = (what: string) => new DoubleError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet: ${what}`);

/**
 * Excel's words when an operation is refused for want of permission: a wrong or missing sheet
 * password, a protected workbook structure, protect() on a protected sheet (office-js #6784).
 */
export const cannotPerform = (what: string) => new DoubleError("AccessDenied", `You cannot perform the requested operation: ${what}`);
