#include "Stats.h"

#include <algorithm>
#include <cmath>
#include <sys/resource.h>

namespace bench {

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    // Nearest rank: the smallest sample with at least p% of the samples at or below it.
    const double rank = std::ceil(p / 100.0 * double(samples.size()));
    const std::size_t index = rank < 1 ? 0 : std::size_t(rank) - 1;
    return samples[std::min(index, samples.size() - 1)];
}

double median(std::vector<double> samples) { return percentile(std::move(samples), 50); }

double peakRssMb()
{
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    return double(usage.ru_maxrss) / 1024.0;  // Linux reports KiB
}

} // namespace bench
