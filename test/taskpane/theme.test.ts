import { isDarkOfficeTheme } from "../../src/taskpane/theme";

// The body backgrounds Office reports for its themes (Colorful/White, Dark Gray, Black) and others.
test.each([
  [{ bodyBackgroundColor: "#FFFFFF" }, false],
  [{ bodyBackgroundColor: "#E6E6E6" }, false],
  [{ bodyBackgroundColor: "#444444" }, true],
  [{ bodyBackgroundColor: "#262626" }, true],
  [{ bodyBackgroundColor: "#000" }, true],
  [{ bodyBackgroundColor: "fff" }, false],
  [{ bodyBackgroundColor: "#1F3864" }, true],
])("Office theme %j is dark: %s", (theme, dark) => {
  expect(isDarkOfficeTheme(theme)).toBe(dark);
});

test("no theme, or a colour it cannot read, gives the light pane", () => {
  expect(isDarkOfficeTheme(undefined)).toBe(false);
  expect(isDarkOfficeTheme(null)).toBe(false);
  expect(isDarkOfficeTheme({})).toBe(false);
  expect(isDarkOfficeTheme({ bodyBackgroundColor: "black" })).toBe(false);
  expect(isDarkOfficeTheme({ bodyBackgroundColor: "#12345" })).toBe(false);
});
