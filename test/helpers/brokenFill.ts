import type { FormFill, Template } from "../../src/core";
import { demoFill, placedItems } from "../../src/core";

/**
 * Demonstration data with the mistakes people make: numbers typed as text with a decimal comma,
 * values off the scale, blanks, words with stray spaces or in lower case, unknown words.
 */
export function brokenFill(template: Template): FormFill {
  const fill = demoFill(template, { variant: 1 });
  const values: Record<string, string | number> = { ...fill.values };
  const codes = template.kind === "register" ? Object.keys(values) : placedItems(template).map((p) => p.item.code);
  const mistakes: (string | number)[] =
    template.scale.kind === "numeric"
      ? ["4,0", 4.5, 7, "", "Nav attiecināms", "nav attiecināms", "labi"]
      : template.scale.kind === "count"
        ? ["12", -3, 2.5, "", "daudz"]
        : ["", ` ${template.scale.values[0].value}`, String(template.scale.values[1].value).toLowerCase(), "jā", 1];
  mistakes.forEach((m, i) => {
    const code = codes[(i * 3) % codes.length];
    if (code !== undefined) values[code] = m;
  });
  return { ...fill, values };
}
