// `require` entry for Node.js: loads the ES module entry through
// require(esm), which Node enables by default from 20.19 and 22.12, so
// `import` and `require` share one instance of the module.
"use strict";

module.exports = require("./node.js");
