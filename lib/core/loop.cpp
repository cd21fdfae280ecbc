#include "core/loop.h"

#include "log/log.h"

#include <stdexcept>

namespace netjs::core {

namespace {
constexpr std::size_t kReadBufferSize = 64 * 1024;
}

Resource::Resource(Loop& loop) : loop_(&loop) { loop.add(this); }

Resource::~Resource() { loop_->remove(this); }

void Resource::ref() {
  if (uv_handle_t* h = ref_handle(); h && !closing()) uv_ref(h);
}

void Resource::unref() {
  if (uv_handle_t* h = ref_handle(); h && !closing()) uv_unref(h);
}

bool Resource::has_ref() const {
  // ref_handle() is not const: libuv's handle is libuv's state, not part of what `const` promises here.
  uv_handle_t* h = const_cast<Resource*>(this)->ref_handle();
  return h && uv_has_ref(h);
}

Loop::Loop() : read_buffer_(kReadBufferSize) {
  int rc = uv_loop_init(&loop_);
  if (rc != 0) throw std::runtime_error(std::string("uv_loop_init: ") + uv_strerror(rc));
}

Loop::~Loop() {
  if (!closed_) {
    int rc = close();
    if (rc != 0) log::get()->error("event loop closed with live handles: {}", uv_err_name(rc));
  }
}

void Loop::add(Resource* r) {
  r->next_ = head_;
  if (head_) head_->prev_ = r;
  head_ = r;
  ++count_;
}

void Loop::remove(Resource* r) {
  if (r->prev_) r->prev_->next_ = r->next_;
  else head_ = r->next_;
  if (r->next_) r->next_->prev_ = r->prev_;
  r->prev_ = r->next_ = nullptr;
  --count_;
  // A closed handle freed a descriptor: the first use of it is the spare a server needs on EMFILE.
  if (!reserve_.held()) reserve_.restore();
}

bool Loop::run() { return uv_run(&loop_, UV_RUN_DEFAULT) != 0; }

void Loop::close_all() {
  // close() may synchronously destroy other resources (a listener reacting to a close), so restart
  // the walk from the head after each call instead of holding a pointer into the list.
  for (;;) {
    Resource* r = head_;
    while (r && r->closing()) r = r->next_;
    if (!r) break;
    r->close();
  }
  // Let every close callback (and cancelled request callback) run.
  while (head_ != nullptr) {
    if (uv_run(&loop_, UV_RUN_ONCE) == 0 && head_ != nullptr) {
      // Nothing active but resources remain: they are closing with callbacks already queued.
      uv_run(&loop_, UV_RUN_NOWAIT);
      if (head_ != nullptr && !uv_loop_alive(&loop_)) break;
    }
  }
}

int Loop::close() {
  if (closed_) return 0;
  close_all();
  // Anything libuv still holds that no Resource owns is a bug; close it so the loop can be freed,
  // and report it.
  uv_walk(
      &loop_,
      [](uv_handle_t* h, void*) {
        if (!uv_is_closing(h)) {
          log::get()->error("unowned libuv handle of type {} at shutdown", uv_handle_type_name(h->type));
          uv_close(h, nullptr);
        }
      },
      nullptr);
  uv_run(&loop_, UV_RUN_DEFAULT);
  int rc = uv_loop_close(&loop_);
  closed_ = rc == 0;
  return rc;
}

std::vector<std::string> Loop::describe_live() const {
  std::vector<std::string> out;
  for (Resource* r = head_; r; r = r->next_) {
    if (!r->closing() && r->keeps_loop_alive()) out.push_back(r->describe());
  }
  return out;
}

}  // namespace netjs::core
