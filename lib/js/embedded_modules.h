// The ES5 modules compiled into the binary (generated from lib/js/modules by cmake/EmbedJs.cmake).
#pragma once

#include <cstddef>

namespace netjs::js {

struct EmbeddedModule {
  const char* name;    // "events", "internal/errors"
  const char* source;
  std::size_t length;
};

// Terminated by an entry whose name is nullptr.
extern const EmbeddedModule kEmbeddedModules[];

}  // namespace netjs::js
