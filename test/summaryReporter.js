// A jest reporter for CI: when CCHC_JEST_REPORT names a file, writes jest's aggregated results there as JSON, so
// .ci/run can run `npm test` exactly as the README says and still print "N passed, N failed".
const { writeFileSync } = require("node:fs");

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.CCHC_JEST_REPORT;
    if (!file) return;
    const { numPassedTests, numFailedTests, numPendingTests, numTotalTests, numFailedTestSuites, success } = results;
    writeFileSync(file, JSON.stringify({ numPassedTests, numFailedTests, numPendingTests, numTotalTests, numFailedTestSuites, success }));
  }
}

module.exports = SummaryReporter;
