import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** A bordered card around one piece of a section (a walk-through step, the self-check). */
export const cardStyle: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  border: `1px solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusLarge,
  minWidth: 0,
};
