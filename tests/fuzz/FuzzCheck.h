#pragma once
// An invariant of a fuzz target: when it does not hold the input is a finding, so the target
// stops as a crash would (libFuzzer keeps the input as crash-<sha1>).
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
