/**
 * Office's theme → light or dark pane. Office tells the add-in its theme's colours
 * (`Office.context.officeTheme`, on the hosts that have it); a dark body background means a dark
 * Office theme ("Black", "Dark Gray"), where a white pane would glare. Pure, so it is tested without Office.
 */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

/** Red, green and blue (0–255) of "#rgb" or "#rrggbb"; undefined for anything else. */
function rgb(colour: string): [number, number, number] | undefined {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** True when Office's body background is dark (relative luminance under 0.5); light when unknown. */
export function isDarkOfficeTheme(theme: OfficeThemeColors | undefined | null): boolean {
  const c = theme?.bodyBackgroundColor ? rgb(theme.bodyBackgroundColor) : undefined;
  if (!c) return false;
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
