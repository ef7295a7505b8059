#pragma once
// The fuzz targets' one assertion: a broken invariant traps, which libFuzzer reports as a crash
// with its input (and the replay test, fuzz/replay_main.cpp, as a failure), in every build type.
namespace crossfoot::fuzzing {

inline void require(bool condition) {
  if (!condition) __builtin_trap();
}

}  // namespace crossfoot::fuzzing
