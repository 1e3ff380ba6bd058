import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createOfficeHost } from "../render/office/officeHost";
import { App } from "./components/App";
import { isDarkOfficeTheme, type OfficeThemeColors } from "./theme";

/**
 * The pane's entry: wait for Office, build the Office host, render in Office's light or dark theme.
 * This file and the host are the only places that know about Office; the components get the host
 * as a prop.
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

/** Office's theme colours, where the host tells them (not every Excel does). */
function officeTheme(): OfficeThemeColors | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  } catch {
    return undefined;
  }
}

void officeReady().then(() => {
  const host = createOfficeHost();
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  const theme = isDarkOfficeTheme(officeTheme()) ? webDarkTheme : webLightTheme;
  // The page around the pane takes the theme's background too, so no white edge shows in a dark Office.
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  createRoot(container).render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <App host={host} openAt={openAt(window.location.search)} />
    </FluentProvider>,
  );
});
