/**
 * The browser suite's test bundles, built into a temporary folder that test/e2e/harness.js serves
 * on 127.0.0.1: office.js (test/e2e/office.ts — Office.js over the Excel API double, served in place
 * of Microsoft's to the production pages) and harness.js (test/e2e/harness.tsx — the development
 * harness: the real App over a watched host).
 */
const path = require("path");
const os = require("os");

const root = path.resolve(__dirname, "../..");

module.exports = (outDir = path.join(os.tmpdir(), "kvalitate-e2e")) => ({
  mode: "development",
  // eval source maps would need a looser CSP and add nothing to a headless run.
  devtool: false,
  context: root,
  entry: { harness: path.join(__dirname, "harness.tsx"), office: path.join(__dirname, "office.ts") },
  // Lazily loaded chunks (the parser) keep their names, so the suite can tell when one is fetched.
  output: { path: outDir, filename: "[name].js", chunkFilename: "[name].js", clean: true },
  resolve: { extensions: [".tsx", ".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        loader: "ts-loader",
        // tsc --noEmit checks types; here speed matters, and ES modules let webpack drop unused Fluent parts.
        options: { transpileOnly: true, configFile: path.join(root, "tsconfig.json"), compilerOptions: { module: "esnext", sourceMap: false } },
      },
    ],
  },
  performance: { hints: false },
  stats: "errors-warnings",
});
