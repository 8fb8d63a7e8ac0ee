#!/usr/bin/env bash
# Re-vendor the pinned front-end libraries into the package's static folder.
# Runtime needs neither npm nor a CDN: the copied files are committed.
#   bash web/vendor.sh        (after editing web/package.json: npm install, then this)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/../src/storyline/web/static/vendor"
cd "$here"
npm ci --ignore-scripts --no-audit --no-fund
rm -rf "$dest"
mkdir -p "$dest/vis-timeline" "$dest/cytoscape" "$dest/swagger-ui"
# The peer build (globals `moment` and `vis` from vis-data) with its CSS as a file: the
# standalone build injects <style> elements, which the Content-Security-Policy forbids.
cp node_modules/moment/min/moment.min.js "$dest/vis-timeline/"
cp node_modules/vis-data/standalone/umd/vis-data.min.js "$dest/vis-timeline/"
cp node_modules/vis-timeline/peer/umd/vis-timeline-graph2d.min.js "$dest/vis-timeline/"
cp node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css "$dest/vis-timeline/"
cp node_modules/vis-timeline/LICENSE.MIT.txt "$dest/vis-timeline/LICENSE"
cp node_modules/cytoscape/dist/cytoscape.min.js "$dest/cytoscape/"
cp node_modules/cytoscape/LICENSE "$dest/cytoscape/LICENSE"
cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css \
   node_modules/swagger-ui-dist/favicon-32x32.png "$dest/swagger-ui/"
cp node_modules/swagger-ui-dist/LICENSE "$dest/swagger-ui/LICENSE"
# Record exactly what was vendored (name and version from each package.json).
node -e '
  const fs = require("fs");
  const out = {};
  for (const p of ["vis-timeline", "vis-data", "moment", "cytoscape", "swagger-ui-dist"]) {
    out[p] = JSON.parse(fs.readFileSync("node_modules/" + p + "/package.json")).version;
  }
  fs.writeFileSync(process.argv[1], JSON.stringify(out, null, 2) + "\n");
' "$dest/VERSIONS.json"
echo "vendored into $dest:"; cat "$dest/VERSIONS.json"
