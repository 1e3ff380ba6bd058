/** Types of scripts/readme-figures.js, for the tests. */
export type Figures = Record<string, string>;
export function statedFigures(text: string): Figures;
export function installedHere(entry: { os?: string[]; cpu?: string[]; libc?: string[] }, platform?: string, arch?: string, libc?: string): boolean;
export function packageCount(
  lock: { packages?: Record<string, { os?: string[]; cpu?: string[]; libc?: string[]; link?: boolean }> },
  platform?: string,
  arch?: string,
  libc?: string,
): number;
export function buttonCount(manifestXml: string): number;
export function measuredFigures(root?: string): Figures;
export function differences(stated: Figures, measured: Figures): string[];
export function withFigures(text: string, measured: Figures): string;
