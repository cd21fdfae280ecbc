#include "js/version.h"

#include <duktape.h>

#include <string>

namespace netjs::js {

const char* version() { return NETJS_VERSION; }

const char* engine_version() {
  static const std::string v = "Duktape " + std::to_string(DUK_VERSION / 10000) + "." +
                               std::to_string(DUK_VERSION / 100 % 100) + "." + std::to_string(DUK_VERSION % 100);
  return v.c_str();
}

}  // namespace netjs::js
