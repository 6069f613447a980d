// Copy the browser libraries the analyst app needs from node_modules into the Python package's
// static folder, so `newsweave serve` works with no network (no CDN). Run by `make setup`
// after `npm ci`; re-running replaces the folder, so it is idempotent.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const target = resolve(here, "..", "src", "newsweave", "web", "static", "vendor");

// [package, file inside the package, name in vendor/<package>/]
const FILES = [
  ["cytoscape", "dist/cytoscape.min.js"],
  ["layout-base", "layout-base.js"],
  ["cose-base", "cose-base.js"],
  ["cytoscape-fcose", "cytoscape-fcose.js"],
  ["leaflet", "dist/leaflet.js"],
  ["leaflet", "dist/leaflet.css"],
  ["leaflet", "dist/images"],
  ["topojson-client", "dist/topojson-client.min.js"],
  ["world-atlas", "countries-50m.json"],
  ["vis-timeline", "standalone/umd/vis-timeline-graph2d.min.js"],
  ["vis-timeline", "styles/vis-timeline-graph2d.min.css"],
  ["swagger-ui-dist", "swagger-ui-bundle.js"],
  ["swagger-ui-dist", "swagger-ui.css"],
  ["swagger-ui-dist", "favicon-32x32.png"],
];
const LICENSES = ["LICENSE", "LICENSE.md", "LICENSE.txt", "NOTICE"];

if (!existsSync(modules)) {
  console.error(`copy-vendor: ${modules} is missing; run \`npm ci\` in ${here} first`);
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
const manifest = {};
for (const [pkg, file] of FILES) {
  const src = join(modules, pkg, file);
  if (!existsSync(src)) {
    console.error(`copy-vendor: ${src} is missing (package ${pkg} changed its layout?)`);
    process.exit(1);
  }
  const dest = join(target, pkg, file.split("/").pop());
  mkdirSync(dirname(dest), { recursive: true });
  cpSync(src, dest, { recursive: true });
  if (!manifest[pkg]) {
    const meta = JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8"));
    manifest[pkg] = { version: meta.version, license: meta.license };
    for (const lic of LICENSES) {
      if (existsSync(join(modules, pkg, lic))) cpSync(join(modules, pkg, lic), join(target, pkg, lic));
    }
  }
}
writeFileSync(join(target, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`copy-vendor: ${Object.keys(manifest).length} packages -> ${target}`);
