// Version strings: netjs's own (process.version, --version) and the engine's.
#pragma once

namespace netjs::js {

const char* version();          // netjs version, "0.1.0"
const char* engine_version();   // "Duktape 2.7.0"

}  // namespace netjs::js
