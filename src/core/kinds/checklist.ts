import { placedItems } from "../catalog";
import { pick } from "../random";
import { nonCompliancePct } from "../scoring/arithmetic";
import { complianceTally } from "../scoring/tallies";
import type { KindModule } from "./types";

/** Inspection checklists (Atbilst / Neatbilst): non-compliance % per group, pooled over the form. */
export const checklist: KindModule<"checklist"> = {
  kind: "checklist",
  scaleKind: "compliance",
  figure: "nonCompliancePct",
  scoreGroup: ({ template, readings }) => {
    const compliance = complianceTally(template, readings);
    return { nonCompliancePct: nonCompliancePct(compliance.compliant, compliance.nonCompliant), compliance };
  },
  scoreOverall: ({ template, readings }) => {
    const { compliant, nonCompliant } = complianceTally(template, readings);
    return { overallNonCompliancePct: nonCompliancePct(compliant, nonCompliant) };
  },
  demo: (template, { rand }) => {
    const values: Record<string, string> = {};
    const comments: Record<string, string> = {};
    for (const { item } of placedItems(template)) {
      const v = pick(rand, [
        ["Atbilst", 16],
        ["Neatbilst", 3],
        ["Nav attiecināms", 1],
      ] as const);
      values[item.code] = v;
      if (v === "Neatbilst") comments[item.code] = "Demonstrācijas piezīme: jāpapildina dokumentācija.";
    }
    return { values, comments, fields: {} };
  },
};
