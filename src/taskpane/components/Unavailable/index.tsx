import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useI18n } from "../../i18n";

/**
 * What a section or a walk-through step cannot do with this host (see hostFeatures.ts), said in
 * one way everywhere: what is missing, then what the user can do about it.
 */
export function Unavailable({ what, testId }: { readonly what: string; readonly testId: string }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="warning" data-testid={testId}>
      <MessageBarBody>
        {what} {t.notAvailable}
      </MessageBarBody>
    </MessageBar>
  );
}
