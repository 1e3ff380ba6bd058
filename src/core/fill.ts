/** Values to put into a new sheet's input cells (demonstration data, or a test's own entries). */
export interface FormFill {
  readonly meta: {
    readonly iestade: string;
    readonly periods: number;
    readonly vertetajs: string;
    /** Excel date serial. */
    readonly datums: number;
  };
  /** By item code (register: by period code, the entered total). */
  readonly values: Readonly<Record<string, string | number>>;
  readonly comments?: Readonly<Record<string, string>>;
  /** By item / period code, then by field key (register counts, action-plan deadline…). */
  readonly fields?: Readonly<Record<string, Readonly<Record<string, string | number>>>>;
  readonly respondents?: number;
}

/** Excel's date serial of a calendar day (1900 date system). */
export function dateSerial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86400000 + 25569;
}
