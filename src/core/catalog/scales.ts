import type { Scale, ScaleRoles, ScaleValue } from "./types";

const NOT_APPLICABLE: ScaleValue = { value: "Nav attiecināms", label: "Nav attiecināms", labelEn: "Not applicable" };

/** The ministry's inspection checklists (seeds 000, 001/002): complies / does not comply / not applicable. */
export const complianceScale: Scale = {
  id: "atbilstiba",
  kind: "compliance",
  values: [
    { value: "Atbilst", label: "Atbilst", labelEn: "Complies" },
    { value: "Neatbilst", label: "Neatbilst", labelEn: "Does not comply" },
  ],
  notApplicable: NOT_APPLICABLE,
  roles: { compliant: "Atbilst", nonCompliant: "Neatbilst" },
  source: "DOMAIN.md (atbilst / neatbilst / nav attiecināms)",
};

/** Kuldīga 2011 (seed 003): "1 punkts nozīmē zemu kvalitāti, 2- apmierinošu …, 5- augstu kvalitāti". */
export const quality1to5Scale: Scale = {
  id: "kvalitate-1-5",
  kind: "numeric",
  values: [
    { value: 1, label: "zema kvalitāte", labelEn: "low quality" },
    { value: 2, label: "apmierinoša kvalitāte", labelEn: "satisfactory quality" },
    { value: 3, label: "vidēja kvalitāte", labelEn: "average quality" },
    { value: 4, label: "laba kvalitāte", labelEn: "good quality" },
    { value: 5, label: "augsta kvalitāte", labelEn: "high quality" },
  ],
  notApplicable: NOT_APPLICABLE,
  source: "003_ac304a74f4a29310.txt",
};

/**
 * The self-assessment methodology (seed 004) names the practices but no rating scale. This is the
 * add-in's default — a 1–5 scale of how far a practice is in place — and the ministry can replace it
 * in the template definition without touching any renderer.
 */
export const practice1to5Scale: Scale = {
  id: "prakse-1-5",
  kind: "numeric",
  values: [
    { value: 1, label: "prakse netiek īstenota", labelEn: "practice not in place" },
    { value: 2, label: "prakse tiek plānota vai uzsākta", labelEn: "practice planned or started" },
    { value: 3, label: "prakse daļēji ieviesta", labelEn: "practice partly in place" },
    { value: 4, label: "prakse ieviesta", labelEn: "practice in place" },
    { value: 5, label: "prakse ieviesta, regulāri novērtēta un pilnveidota", labelEn: "practice in place, reviewed and improved" },
  ],
  notApplicable: NOT_APPLICABLE,
  source: "kvalitate-default",
};

/** Action-plan status (the add-in's default; the Kuldīga plan gives deadlines, not statuses). */
export const actionStatusScale: Scale = {
  id: "statuss",
  kind: "status",
  values: [
    { value: "Izpildīts", label: "Izpildīts", labelEn: "Done" },
    { value: "Procesā", label: "Procesā", labelEn: "In progress" },
    { value: "Nav uzsākts", label: "Nav uzsākts", labelEn: "Not started" },
  ],
  notApplicable: NOT_APPLICABLE,
  roles: { done: "Izpildīts" },
  source: "kvalitate-default",
};

/** Whole-number counts (survey answers, register inspections). */
export const countScale: Scale = {
  id: "skaits",
  kind: "count",
  values: [],
  source: "kvalitate-default",
};

/** The value of a scale with the given role; a scale that must have it and does not is a catalog error. */
export function roleValue(scale: Scale, role: keyof ScaleRoles): string {
  const value = scale.roles?.[role];
  if (value === undefined || !scale.values.some((v) => v.value === value))
    throw new Error(`Scale "${scale.id}" names no value as ${role} (roles: ${JSON.stringify(scale.roles ?? {})})`);
  return value;
}

/** The action-plan status that counts as done (the demonstration data and the results sheets use it). */
export const DONE_STATUS = roleValue(actionStatusScale, "done");

/** Everything the dropdown offers, in order: the rated values, then "not applicable". */
export function dropdownValues(scale: Scale): (string | number)[] {
  const values = scale.values.map((v) => v.value);
  return scale.notApplicable ? [...values, scale.notApplicable.value] : values;
}

/** Midpoint of a numeric scale (3 on 1–5): the default threshold of "weak" for improvement plans. */
export function scaleMidpoint(scale: Scale): number | undefined {
  const nums = scale.values.map((v) => v.value).filter((v): v is number => typeof v === "number");
  if (nums.length === 0) return undefined;
  return (Math.min(...nums) + Math.max(...nums)) / 2;
}
