// Reads a test's stdout as it arrives: keeps its tail (without the tape marks) for the reports and,
// when the script uses require('test'), each test()'s result from its TAP and marks
// (tape_protocol.h). Line by line, in bounded memory: a test printing gigabytes costs the runner
// the tail, one line, and a bounded record per test().
#pragma once

#include "runner/tail_buffer.h"
#include "runner/test_file.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace netjs::runner {

class TapeReader {
 public:
  static constexpr std::size_t kMaxSubtests = 10000;   // listed per file; the rest are counted
  static constexpr std::size_t kMaxDetails = 4096;     // bytes of failure details kept per test()
  static constexpr std::size_t kMaxAllDetails = 256 * 1024;  // ... and for all of a file's
  static constexpr std::size_t kMaxName = 1024;         // bytes of a test()'s name
  static constexpr std::size_t kMaxLine = 64 * 1024;   // longer lines are kept but not parsed

  explicit TapeReader(std::size_t tail_limit) : tail_(tail_limit) {}

  // `now_s`: a monotonic clock in seconds, for the test()s' durations.
  void feed(const char* data, std::size_t len, double now_s);
  // The output ended: the last, unterminated line is taken too.
  void finish(double now_s);

  std::string take_output(bool* truncated) { return tail_.take(truncated); }
  std::vector<Subtest> take_subtests() { return std::move(subtests_); }
  std::size_t dropped() const { return dropped_; }

 private:
  void line(const std::string& l, double now_s);
  void mark(const std::string& l, double now_s);
  void result_line(const std::string& l);
  void add_details(Subtest* s, const std::string& text);
  Subtest* find(const std::string& id);

  TailBuffer tail_;
  std::string partial_;
  bool overlong_ = false;         // partial_ was cut at kMaxLine: the rest of the line is not parsed
  std::vector<Subtest> subtests_;
  std::vector<double> started_;   // per subtest: when its start mark came
  std::unordered_map<std::string, std::size_t> by_id_;
  std::unordered_map<std::string, std::size_t> names_;  // how many test()s had each name
  std::size_t dropped_ = 0;
  std::size_t details_bytes_ = 0;
  Subtest* next_result_ = nullptr;  // the test an "A" mark named, for the next ok/not ok line
  Subtest* in_yaml_ = nullptr;      // inside the YAML block of this test's failed assertion
};

}  // namespace netjs::runner
