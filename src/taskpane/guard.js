/*
 * The pane's first script, and the only one an old webview runs. Excel 2016 and 2019 show add-ins in
 * Internet Explorer 11 or EdgeHTML, which cannot parse the pane's bundle (React 18, Fluent UI 9,
 * ES2020): without this the user sees a blank pane. So this file is ES5 only (no let/const, arrow
 * functions, template literals; test/taskpane/guard.test.ts parses it as ES5), checks what the
 * bundle needs, and either loads the bundle or says in Latvian and English what Excel is needed.
 * taskpane.html calls kvalitateGuard.start(...) with the bundle's files after Office.js has loaded;
 * commands.html calls kvalitateGuard.startCommands(...), which in an old webview answers each ribbon
 * button with the help page's requirements in a dialog instead of a button that does nothing.
 */
(function (root) {
  "use strict";

  /** The names of the features the bundle needs that this engine lacks (empty: all there). */
  function missingFeatures(w) {
    var missing = [];
    var checks = [
      [
        "Promise",
        function () {
          return typeof w.Promise === "function" && typeof w.Promise.prototype["finally"] === "function";
        }
      ],
      [
        "Symbol",
        function () {
          return typeof w.Symbol === "function" && typeof w.Symbol.iterator === "symbol";
        }
      ],
      [
        "fetch",
        function () {
          return typeof w.fetch === "function";
        }
      ],
      [
        "Map/Set",
        function () {
          return typeof w.Map === "function" && typeof w.Set === "function" && typeof w.WeakMap === "function";
        }
      ],
      [
        "Object.fromEntries",
        function () {
          return typeof w.Object.fromEntries === "function";
        }
      ],
      [
        "Array.prototype.flatMap",
        function () {
          return typeof w.Array.prototype.flatMap === "function";
        }
      ],
      [
        "TextDecoder",
        function () {
          return typeof w.TextDecoder === "function";
        }
      ],
      // Syntax the bundle keeps as written (optional chaining, ??, classes, async functions):
      // an engine that cannot parse it throws a SyntaxError here instead of a blank pane.
      [
        "ES2020 syntax",
        function () {
          return (
            new w.Function(
              "var a = { b: { c: 1 } }; class K {} async function f() { return a?.b?.c ?? 0; } return typeof f === 'function' && typeof K === 'function';"
            )() === true
          );
        }
      ]
    ];
    for (var i = 0; i < checks.length; i++) {
      var ok = false;
      try {
        ok = checks[i][1]();
      } catch (e) {
        // A host whose Content-Security-Policy forbids eval refuses new Function with an EvalError:
        // that says nothing about the engine, which is modern enough to have a CSP at all.
        ok = Boolean(e && e.name === "EvalError");
      }
      if (!ok) missing.push(checks[i][0]);
    }
    return missing;
  }

  var MESSAGE_LV =
    "Šī Excel versija nevar atvērt Kvalitātes paneli. Vajag Microsoft 365 vai Excel 2021 un jaunāku versiju, vai Excel tīmeklī (Excel on the web). " +
    "Excel 2016 un 2019 pievienojumprogrammas rāda ar Internet Explorer vai vecā Edge, kas nesaprot paneļa programmu. " +
    "Veidnes, kas jau ievietotas, darbojas jebkurā Excel versijā: formulas un izvēlnes ir pašā darbgrāmatā.";
  var MESSAGE_EN =
    "This version of Excel cannot open the Kvalitāte pane. It needs Microsoft 365, or Excel 2021 and later, or Excel on the web. " +
    "Excel 2016 and 2019 show add-ins with Internet Explorer or the old Edge, which cannot run the pane's program. " +
    "Templates already inserted work in any Excel: their formulas and dropdowns are in the workbook itself.";

  function paragraph(doc, text, lang, bold) {
    var p = doc.createElement("p");
    p.setAttribute("lang", lang);
    if (bold) p.style.fontWeight = "bold";
    p.appendChild(doc.createTextNode(text));
    return p;
  }

  /** Puts the message where the pane would be; in plain DOM calls every engine knows. */
  function showUnsupported(doc, missing) {
    var box = doc.createElement("div");
    box.id = "kvalitate-unsupported";
    box.setAttribute("role", "alert");
    box.style.fontFamily = "Segoe UI, sans-serif";
    box.style.padding = "12px";
    box.style.lineHeight = "1.4";
    box.appendChild(paragraph(doc, "Kvalitāte: vajag jaunāku Excel", "lv", true));
    box.appendChild(paragraph(doc, MESSAGE_LV, "lv", false));
    box.appendChild(paragraph(doc, "Kvalitāte: a newer Excel is needed", "en", true));
    box.appendChild(paragraph(doc, MESSAGE_EN, "en", false));
    var detail = paragraph(doc, "Trūkst / Missing: " + missing.join(", "), "en", false);
    detail.style.color = "#616161";
    detail.style.fontSize = "12px";
    box.appendChild(detail);
    var container = doc.getElementById("container");
    if (container) container.parentNode.replaceChild(box, container);
    else doc.body.appendChild(box);
  }

  function whenBody(doc, fn) {
    if (doc.body) fn();
    else doc.addEventListener("DOMContentLoaded", fn, false);
  }

  function load(doc, files) {
    var head = doc.getElementsByTagName("head")[0];
    for (var i = 0; i < files.length; i++) {
      var s = doc.createElement("script");
      s.src = files[i];
      s.async = false;
      head.appendChild(s);
    }
  }

  /**
   * The ribbon's bundle must register its actions before Office delivers the first click (office-js
   * #2744, #5176: a deferred or late script misses it), so while the page is still being parsed its
   * files are written in as parser-blocking scripts; later, they are appended in order.
   */
  function loadBlocking(doc, files) {
    if (doc.readyState !== "loading" || typeof doc.write !== "function") return load(doc, files);
    for (var i = 0; i < files.length; i++) doc.write('<script type="text/javascript" src="' + String(files[i]).replace(/[<>"&]/g, "") + '"></' + "script>");
  }

  /** The pane: loads the bundle's files in order, or shows the message and loads nothing. */
  function start(files) {
    var doc = root.document;
    var missing = missingFeatures(root);
    root.kvalitateGuard.missing = missing;
    if (missing.length > 0) {
      whenBody(doc, function () {
        showUnsupported(doc, missing);
      });
      return false;
    }
    load(doc, files);
    return true;
  }

  /**
   * The ribbon's function file: loads the commands' bundle, or makes each named command open the
   * help page's requirements (DialogApi 1.1, which Excel 2016 has) and complete, so the button is
   * answered rather than left spinning.
   */
  function startCommands(files, names, helpPage) {
    var missing = missingFeatures(root);
    root.kvalitateGuard.missing = missing;
    if (missing.length === 0) {
      loadBlocking(root.document, files);
      return true;
    }
    var explain = function (event) {
      var completed = false;
      var done = function () {
        if (!completed && event && event.completed) event.completed();
        completed = true;
      };
      try {
        var url = root.location.href.replace(/[^/]*([?#].*)?$/, "") + helpPage;
        root.Office.context.ui.displayDialogAsync(url, { height: 60, width: 40 }, function (result) {
          // Completing the command may close its dialog: so only once the user has closed it.
          var dialog = result && result.status === "succeeded" ? result.value : null;
          var types = root.Office.EventType;
          if (dialog && dialog.addEventHandler && types) dialog.addEventHandler(types.DialogEventReceived, done);
          else done();
        });
      } catch (e) {
        done();
      }
    };
    var office = root.Office;
    // Older hosts wait for the function file to claim Office.initialize before running its commands.
    if (office && !office.initialize) office.initialize = function () {};
    for (var i = 0; i < names.length; i++) {
      root[names[i]] = explain;
      if (office && office.actions && office.actions.associate) office.actions.associate(names[i], explain);
    }
    return false;
  }

  root.kvalitateGuard = { start: start, startCommands: startCommands, missingFeatures: missingFeatures, missing: [] };
})(this);
