#pragma once
// Small statistics and resource helpers for the benchmark.
#include <vector>

namespace bench {

// Nearest-rank percentile (p in 0..100) of the samples; 0 when there are none.
double percentile(std::vector<double> samples, double p);
double median(std::vector<double> samples);
// Peak resident set size of this process so far, in MiB (getrusage ru_maxrss).
double peakRssMb();

} // namespace bench
