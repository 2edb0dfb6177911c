// Before any test: compile the CLI (esbuild, well under a second), so tests that spawn bin/cchc.js as a user would
// run the sources as they are now, even when jest is started directly rather than through `npm test`.
module.exports = async function globalSetup() {
  require("../scripts/build-cli.js");
};
