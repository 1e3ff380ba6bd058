/** Fixed rows of the sheet head, so a reader and a person find things in the same place. */
export const LAYOUT = {
  titleRow: 1,
  stampRow: 2,
  sourceRow: 3,
  metaFirstRow: 5,
  legendCol: 4,
  headerRow: 12,
} as const;

