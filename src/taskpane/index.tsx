import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createOfficeHost } from "../render/office/officeHost";
import { App } from "./components/App";

/**
 * The pane's entry: wait for Office, build the Office host, render. This file and the host are the
 * only places that know about Office; the components get the host as a prop.
 */
async function officeReady(): Promise<void> {
  // Opened outside Office (a plain browser tab) there is no Office global and nothing to wait for;
  // the host's calls then fail and the pane says so in words.
  if (typeof Office !== "undefined") await Office.onReady();
}

/** The ribbon's "Pašpārbaude" opens taskpane.html?open=selfcheck. */
function openAt(search: string): "selfcheck" | undefined {
  return new URLSearchParams(search).get("open") === "selfcheck" ? "selfcheck" : undefined;
}

void officeReady().then(() => {
  const host = createOfficeHost();
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} openAt={openAt(window.location.search)} />
    </FluentProvider>,
  );
});
