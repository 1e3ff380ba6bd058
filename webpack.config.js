/**
 * Builds the add-in: one bundle per page (the task pane, the ribbon's function file), the older-Excel
 * guard, the help page, the icons and the manifest. A production build
 * (`KVALITATE_URL=https://… npm run build`) writes dist/ with every https://localhost:3000/ of the
 * manifest replaced by KVALITATE_URL and the production add-in's own Id, name and publisher
 * (scripts/manifest.js), and refuses to run without it; the
 * HTTPS certificate is needed only by the dev server (`npm start`), so a production build runs on
 * any machine. docs/deploy.md says where dist/ goes.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { baseUrl, manifestFor, productionIdentity } = require("./scripts/manifest");

const DEV_PORT = 3000;
/**
 * The dev server answers this machine only: it serves the pane to Excel on the same computer, and
 * on every interface it would offer a development build to the whole network. KV_DEV_HOST=0.0.0.0
 * (or a name) asks for more, e.g. to load the add-in from a Mac or a VM beside it.
 */
const DEV_HOST = process.env.KV_DEV_HOST || "localhost";

/**
 * Office requires HTTPS even from localhost; office-addin-dev-certs makes a certificate and installs
 * its CA (asking for an administrator's password once). Where that cannot be done (a Linux machine
 * without sudo, or KV_SELF_SIGNED=1), the dev server makes its own self-signed certificate, which
 * the browser must be told to accept once by opening https://localhost:3000/taskpane.html.
 */
async function httpsServer() {
  if (process.env.KV_SELF_SIGNED !== "1") {
    try {
      const devCerts = require("office-addin-dev-certs");
      const { ca, key, cert } = await devCerts.getHttpsServerOptions();
      return { type: "https", options: { ca, key, cert } };
    } catch (e) {
      console.warn(`office-addin-dev-certs could not install a trusted certificate (${e.message}); using a self-signed one.`);
    }
  }
  return { type: "https" };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  // Fails a production build without KVALITATE_URL before anything is compiled, saying how to give it.
  const production = !dev && !serving;
  const base = baseUrl({ KVALITATE_URL: env.KVALITATE_URL ?? process.env.KVALITATE_URL }, production);
  // Only a production build becomes the production add-in; any other keeps manifest.xml's development identity.
  const identity = production ? productionIdentity({ KVALITATE_PROVIDER: env.KVALITATE_PROVIDER ?? process.env.KVALITATE_PROVIDER }) : undefined;
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // `npm run typecheck` checks types; the bundle only needs the emitted JavaScript, as ES
          // modules so that webpack can drop the parts of Fluent UI the pane does not use.
          options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } },
        },
      ],
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          // The guard stays a classic ES5 script of its own: an old webview must parse it when it
          // cannot parse the bundles.
          { from: "src/taskpane/guard.js", to: "guard.js" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestFor(content.toString(), base, identity) },
        ],
      }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], inject: false }),
      // The guard (ES5) loads the commands' bundle blocking (document.write while the page parses), not
      // deferred: its actions must be registered before Office delivers the first click (office-js #2744, #5176).
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"], inject: false }),
    ],
    // The pane bundles React and Fluent UI; it is loaded once per session.
    performance: { maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
    devServer: serving
      ? {
          host: DEV_HOST,
          port: DEV_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await httpsServer(),
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
