import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { demoFill, templates } from "../../src/core";
import { buildSheetPlan } from "../../src/plan";
import { readWorkbook, writeWorkbook } from "../../src/render/xlsx";
import { brokenFill } from "../helpers/brokenFill";
import { recalculate, requireSoffice } from "./libreoffice";

/**
 * Every formula the .xlsx writer writes stores the value the core says it computes (issue 15), for
 * readers that never calculate. LibreOffice recalculates each file: every formula cell must then
 * hold exactly the value stored in it — results, counts, chart data, a register's checks.
 */
const soffice = requireSoffice();
const maybe = soffice ? describe : describe.skip;

maybe("stored formula values equal LibreOffice's", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-stored-"));
  const fills = { blank: () => undefined, demo: demoFill, kludas: brokenFill } as const;
  const files = templates.flatMap((t) =>
    (Object.keys(fills) as (keyof typeof fills)[]).map((kind) => {
      const file = path.join(dir, `${t.id}-${kind}.xlsx`);
      fs.writeFileSync(file, writeWorkbook([buildSheetPlan(t, { fill: fills[kind](t) })]).bytes);
      return file;
    }),
  );
  let recalculated: Map<string, ReturnType<typeof readWorkbook>>;
  beforeAll(() => {
    recalculated = recalculate(soffice!, files);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(files.map((f) => [path.basename(f), f]))("%s", (_name, file) => {
    const stored = readWorkbook(fs.readFileSync(file)).sheets[0].cells;
    const engine = recalculated.get(file)!.sheets[0].cells;
    const differ: string[] = [];
    for (const [ref, c] of stored) {
      if (c.formula === undefined) continue;
      const e = engine.get(ref);
      const [a, b] = [c.value ?? "", e?.value ?? ""];
      const same = typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b;
      if (!same || e?.error) differ.push(`${ref}: stored ${JSON.stringify(a)}, LibreOffice ${JSON.stringify(e?.error ?? b)}`);
    }
    expect(differ).toEqual([]);
  });
});
