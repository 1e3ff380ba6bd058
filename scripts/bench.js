#!/usr/bin/env node
"use strict";
/**
 * Office benchmark: every add-in command run against the Excel API double, which counts what would
 * cross the wire to Excel — syncs (round trips) and request bytes. Writes bench/results.json:
 *   insert:<templateId>    insert the template with demonstration data
 *   validate:<templateId>  validate that sheet and mark it (the host already knows where it is)
 *   baseline:cell-by-cell:<templateId>  the largest template written the naive way, one sync per
 *                          cell, with the ratio of its syncs to the renderer's
 *   merge-write:<n>        the merge's summary sheets of n self-assessment returns written as the
 *                          add-in's own sheets (writeOwnedSheets: a read, then ≤ 4 MB requests; the
 *                          long table has a row per return × item, 58 per return)
 * `ms` is wall time in this process, median of RUNS runs: the double has no network, so in Excel
 * (tens to hundreds of ms per sync) the sync count is what decides.
 *
 * TypeScript is loaded through the compiler's transpileModule (no type check: `npm run typecheck`
 * does that), so the bench needs no build step and no ts-node.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  });
  module._compile(outputText, filename);
};

const root = path.join(__dirname, "..");
const { templates, demoFill } = require(path.join(root, "src/core"));
const { buildSheetPlan, parseCell, cellRef } = require(path.join(root, "src/plan"));
const { insertSheet, createOfficeHost } = require(path.join(root, "src/render/office"));
const { findTemplate, mergeForms } = require(path.join(root, "src/core"));
const { mergeSheets } = require(path.join(root, "src/plan"));
const { formFromFill } = require(path.join(root, "test/helpers/forms"));
const { ExcelDouble } = require(path.join(root, "test/doubles/excel"));

const RUNS = 5;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `work(excel)` RUNS times on fresh doubles prepared by `prepare`; meters only `work`. */
async function measure(operation, prepare, work) {
  const times = [];
  let meter;
  for (let i = 0; i < RUNS; i++) {
    const excel = new ExcelDouble();
    const restore = excel.installOffice();
    try {
      const state = await prepare(excel);
      excel.meter.reset();
      const t0 = performance.now();
      await work(excel, state);
      times.push(performance.now() - t0);
      meter = excel.meter;
    } finally {
      restore();
    }
  }
  if (meter.records.some((r) => r.failed)) throw new Error(`${operation}: a request failed`);
  return {
    operation,
    syncs: meter.syncs,
    payloadBytes: meter.requestBytes,
    maxPayloadBytes: meter.maxRequestBytes,
    ms: Math.round(median(times) * 10) / 10,
  };
}

/** The naive renderer: every non-empty cell written on its own, each followed by a sync. */
async function cellByCell(context, plan) {
  const sheet = context.workbook.worksheets.add(plan.name);
  await context.sync();
  for (const block of plan.blocks) {
    const { row, col } = parseCell(block.ref);
    for (const [i, cells] of block.rows.entries()) {
      for (const [j, cell] of cells.entries()) {
        if (cell === null) continue;
        const range = sheet.getRange(cellRef(row + i, col + j));
        if ("text" in cell) range.numberFormat = [["@"]];
        range.formulas = [["text" in cell ? cell.text : "number" in cell ? cell.number : "date" in cell ? cell.date : cell.formula]];
        await context.sync();
      }
    }
  }
}

async function main() {
  const results = [];
  const plans = new Map(templates.map((t) => [t.id, buildSheetPlan(t, { fill: demoFill(t) })]));
  for (const t of templates) {
    const plan = plans.get(t.id);
    results.push(
      await measure(
        `insert:${t.id}`,
        () => undefined,
        (excel) => excel.run((context) => insertSheet(context, plan)),
      ),
    );
  }
  for (const t of templates) {
    results.push(
      await measure(
        `validate:${t.id}`,
        async (excel) => {
          const host = createOfficeHost({ run: excel.run });
          const { sheet } = await host.insertTemplate({ templateId: t.id, demo: true });
          return { host, sheet };
        },
        (excel, { host, sheet }) => host.validate(sheet),
      ),
    );
  }
  const cells = (plan) => plan.blocks.reduce((n, b) => n + b.rows.flat().filter((c) => c !== null).length, 0);
  const largest = templates.map((t) => t.id).sort((a, b) => cells(plans.get(b)) - cells(plans.get(a)))[0];
  const baseline = await measure(
    `baseline:cell-by-cell:${largest}`,
    () => undefined,
    (excel) => excel.run((context) => cellByCell(context, plans.get(largest))),
  );
  const renderer = results.find((r) => r.operation === `insert:${largest}`);
  results.push({ ...baseline, cells: cells(plans.get(largest)), syncRatio: Math.round((baseline.syncs / renderer.syncs) * 10) / 10 });

  // n distinct services from five demo variants (renamed copies: reading n real files is the merge bench's job).
  const self = findTemplate("pasnovertejums-2023");
  const variants = [0, 1, 2, 3, 4].map((variant) => formFromFill(self, demoFill(self, { variant })));
  for (const n of [50, 1000]) {
    const returns = Array.from({ length: n }, (_, i) => {
      const f = variants[i % variants.length];
      return { file: `atgriezts-${i + 1}.xlsx`, forms: [{ ...f, meta: { ...f.meta, iestade: { ...f.meta.iestade, value: `Dienests Nr. ${i + 1}` } } }] };
    });
    const sheets = mergeSheets(mergeForms(returns));
    const rows = sheets.reduce((a, s) => a + s.blocks.reduce((b, block) => b + block.rows.length, 0), 0);
    const row = await measure(
      `merge-write:${n}`,
      (excel) => createOfficeHost({ run: excel.run }),
      (excel, host) => host.writeOwnedSheets(sheets),
    );
    results.push({ ...row, rows });
  }

  const out = path.join(root, "bench", "results.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
  console.table(results.map(({ operation, syncs, payloadBytes, maxPayloadBytes, ms }) => ({ operation, syncs, payloadBytes, maxPayloadBytes, ms })));
  const b = results.find((r) => r.operation.startsWith("baseline:"));
  console.log(
    `${largest}: cell by cell ${b.syncs} syncs, the renderer ${renderer.syncs} (${b.syncRatio}× fewer round trips, and the whole sheet, not just its cells).`,
  );
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
