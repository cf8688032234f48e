#pragma once

#include <QList>
#include <QtGlobal>
#include <cmath>

namespace uo::demo {

// splitmix64: small, fast and the same on every platform, so a seed always gives the same district
// (std:: distributions are allowed to differ between standard libraries).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [lo, hi].
    int integer(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    double normal(double mean, double sd)
    {
        const double u1 = std::max(uniform(), 1e-300), u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    // Index drawn with the given weights (need not sum to 1).
    int weighted(const QList<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = uniform() * total;
        for (int i = 0; i < weights.size(); ++i) {
            r -= weights[i];
            if (r < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }
    // A child generator for an independent part, so that changing one part leaves the others alone.
    Random fork(quint64 salt) { return Random(next() ^ (salt * 0xD1B54A32D192ED03ull)); }

private:
    quint64 m_state;
};

} // namespace uo::demo
