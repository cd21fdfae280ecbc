#include "runner/tape_reader.h"

#include "runner/tape_protocol.h"

#include <cstring>

namespace netjs::runner {

namespace {

std::vector<std::string> fields(const std::string& l) {
  std::vector<std::string> out;
  std::size_t pos = 1;  // after the mark character
  for (;;) {
    std::size_t tab = l.find('\t', pos);
    if (tab == std::string::npos) {
      out.push_back(l.substr(pos));
      return out;
    }
    out.push_back(l.substr(pos, tab - pos));
    pos = tab + 1;
  }
}

bool starts_with(const std::string& s, const char* prefix) { return s.compare(0, std::strlen(prefix), prefix) == 0; }

}  // namespace

void TapeReader::feed(const char* data, std::size_t len, double now_s) {
  while (len > 0) {
    const void* nl = std::memchr(data, '\n', len);
    std::size_t n = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - data) + 1 : len;
    if (!overlong_) {
      std::size_t room = kMaxLine - partial_.size();
      if (n <= room) {
        partial_.append(data, n);
      } else {
        // Too long to be TAP: keep it in the tail, parse nothing of it.
        partial_.append(data, room);
        tail_.append(partial_.data(), partial_.size());
        tail_.append(data + room, n - room);
        partial_.clear();
        overlong_ = true;
      }
    } else {
      tail_.append(data, n);
    }
    if (nl) {
      if (overlong_) overlong_ = false;
      else line(partial_, now_s);
      partial_.clear();
    }
    data += n;
    len -= n;
  }
}

void TapeReader::finish(double now_s) {
  if (!partial_.empty()) line(partial_, now_s);
  partial_.clear();
  overlong_ = false;
}

void TapeReader::line(const std::string& l, double now_s) {
  std::string text = l;
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  // A mark ends the line it is on; output the script wrote without a newline may come before it.
  std::size_t at = text.find(kTapeMark);
  if (at != std::string::npos) {
    tail_.append(text.data(), at);
    mark(text.substr(at), now_s);
    return;
  }
  tail_.append(l.data(), l.size());
  if (in_yaml_) {
    if (starts_with(text, "  ")) {
      add_details(in_yaml_, text);
      if (text == "  ...") in_yaml_ = nullptr;
      return;
    }
    in_yaml_ = nullptr;
  }
  if (next_result_ && (starts_with(text, "ok ") || starts_with(text, "not ok "))) result_line(text);
}

void TapeReader::mark(const std::string& l, double now_s) {
  std::vector<std::string> f = fields(l);
  in_yaml_ = nullptr;
  next_result_ = nullptr;
  if (f.empty() || f[0].empty()) return;
  if (f[0] == "T" && f.size() >= 5) {
    if (by_id_.count(f[1])) return;
    if (subtests_.size() >= kMaxSubtests) {
      ++dropped_;
      return;
    }
    Subtest s;
    s.name = f[4];
    for (std::size_t i = 5; i < f.size(); ++i) s.name += " " + f[i];
    if (Subtest* parent = find(f[2])) s.name = parent->name + " > " + s.name;
    if (s.name.size() > kMaxName) s.name = s.name.substr(0, kMaxName) + "...";
    // Names are what reports key results by: a second test() of the same name is "name (2)".
    std::size_t seen = ++names_[s.name];
    if (seen > 1) s.name += " (" + std::to_string(seen) + ")";
    s.skip = f[3] == "skip";
    s.todo = f[3] == "todo";
    by_id_[f[1]] = subtests_.size();
    subtests_.push_back(std::move(s));
    started_.push_back(now_s);
  } else if (f[0] == "A" && f.size() >= 2) {
    next_result_ = find(f[1]);
  } else if (f[0] == "E" && f.size() >= 2) {
    auto it = by_id_.find(f[1]);
    if (it == by_id_.end()) return;
    Subtest& s = subtests_[it->second];
    if (!s.ended) s.duration_s = now_s - started_[it->second];
    s.ended = true;
  }
}

Subtest* TapeReader::find(const std::string& id) {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &subtests_[it->second];
}

void TapeReader::result_line(const std::string& text) {
  Subtest* s = next_result_;
  next_result_ = nullptr;
  ++s->assertions;
  if (starts_with(text, "ok ")) return;
  // "not ok N description[ # TODO|SKIP ...]": a todo assertion's failure does not count.
  if (text.find(" # TODO") != std::string::npos || text.find(" # SKIP") != std::string::npos) return;
  ++s->failed;
  if (s->message.empty()) {
    std::size_t num = 7;  // after "not ok "
    std::size_t sp = text.find(' ', num);
    s->message = sp == std::string::npos ? "(unnamed assert)" : text.substr(sp + 1);
  }
  add_details(s, text);
  in_yaml_ = s;
}

void TapeReader::add_details(Subtest* s, const std::string& text) {
  static const std::string kCut = "[more not shown]\n";
  bool cut = s->details.size() >= kCut.size() &&
             s->details.compare(s->details.size() - kCut.size(), kCut.size(), kCut) == 0;
  if (cut) return;
  if (s->details.size() + text.size() + 1 + kCut.size() > kMaxDetails ||
      details_bytes_ + text.size() + 1 + kCut.size() > kMaxAllDetails) {
    s->details += kCut;
    details_bytes_ += kCut.size();
    return;
  }
  s->details += text + "\n";
  details_bytes_ += text.size() + 1;
}

}  // namespace netjs::runner
