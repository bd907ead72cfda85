// C-level speed of a row: libpascal against the O(n^2) reference recurrence
// and against the floor, malloc + memset of the same 4n bytes; then each row
// kernel this CPU can run, into a reused buffer.
//
// Runs every case in one process and ends with a table of ratios, so the
// comparison is always made on one machine in one run.
//   build/release/bench/pascal_row_bench                    full run
//   build/release/bench/pascal_row_bench --benchmark_min_time=0.01   quick
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#if defined(__linux__)
#include <sys/mman.h>
#endif
#include <map>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "pascal/pascal.h"
#include "reference.hpp"
#include "row_kernel.hpp"

namespace {

const std::vector<long> sizes = {10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
constexpr long reference_max = 100000;  // beyond, one O(n^2) call takes minutes

void reference_recurrence(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    for (auto _ : state) {
        auto row = reference::recurrence_row(n);
        benchmark::DoNotOptimize(row.data());
    }
}

void library_row(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    for (auto _ : state) {
        std::size_t size = 0;
        std::uint32_t* row = pascal_row(n, &size);
        benchmark::DoNotOptimize(row);
        deallocate_vec(row, size);
    }
}

void library_row_into(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    std::vector<std::uint32_t> buffer(n);
    for (auto _ : state) {
        benchmark::DoNotOptimize(pascal_row_into(n, buffer.data(), buffer.size()));
        benchmark::ClobberMemory();
    }
}

// Entry k of a row near 2^63, without the row (target: under 10 us).
void library_entry(benchmark::State& state) {
    const std::uint64_t n = (std::uint64_t{1} << 63) + 12345;
    std::uint64_t k = (std::uint64_t{1} << 62) + 777;
    for (auto _ : state) {
        std::uint32_t value = 0;
        benchmark::DoNotOptimize(pascal_entry(n, k, &value));
        benchmark::DoNotOptimize(value);
        k += 1000003;  // a new k each time: nothing to cache
    }
}

// 10^6 entries from the middle of row n, into a warm buffer: n = 4 * 10^9
// (numerators fit 32-bit lanes) or n = 2^63 + 12345 (they do not).
void library_row_range(benchmark::State& state) {
    const std::uint64_t n = state.range(0) == 32 ? std::uint64_t{4000000000} : (std::uint64_t{1} << 63) + 12345;
    const std::size_t count = 1000000;
    std::vector<std::uint32_t> buffer(count);
    for (auto _ : state) {
        benchmark::DoNotOptimize(pascal_row_range(n, n / 2, buffer.data(), count));
        benchmark::ClobberMemory();
    }
}

// Row 10^8 into one warm buffer in `threads` chunks filled side by side by
// pascal_row_range, the way huge_row_parallel.py fills a memmap.
void chunked_row(benchmark::State& state) {
    const std::size_t n = 100000000, threads = static_cast<std::size_t>(state.range(0));
    std::vector<std::uint32_t> buffer(n);
    for (auto _ : state) {
        std::vector<std::thread> pool;
        for (std::size_t t = 0; t < threads; ++t) {
            const std::size_t k0 = n / threads * t, end = t + 1 == threads ? n : n / threads * (t + 1);
            pool.emplace_back([&buffer, k0, end] { pascal_row_range(n, k0, buffer.data() + k0, end - k0); });
        }
        for (auto& thread : pool)
            thread.join();
        benchmark::ClobberMemory();
    }
}

void kernel_into(benchmark::State& state, const pascal::detail::RowKernel* kernel) {
    const auto n = static_cast<std::size_t>(state.range(0));
    std::vector<std::uint32_t> buffer(n);
    for (auto _ : state) {
        kernel->fill(n, buffer.data());
        benchmark::ClobberMemory();
    }
}

#if defined(__linux__) && defined(MADV_HUGEPAGE)
// The floor for a fresh large row: what pascal_row does past 32 MiB (map 2 MiB
// aligned, mark for huge pages, fill, unmap) with the fill into the mapping
// done by pascal_row_into. The kernel must zero every fresh page; that, not
// the arithmetic, is the difference from a warm buffer.
void mapped_fill(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::size_t huge = std::size_t{2} << 20, size = (n * sizeof(std::uint32_t) + huge - 1) & ~(huge - 1);
    for (auto _ : state) {
        void* reserved = mmap(nullptr, size + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        auto* start = reinterpret_cast<std::uint32_t*>((reinterpret_cast<std::uintptr_t>(reserved) + huge - 1) &
                                                       ~std::uintptr_t{huge - 1});
        madvise(start, size, MADV_HUGEPAGE);
        benchmark::DoNotOptimize(pascal_row_into(n, start, n));
        benchmark::ClobberMemory();
        munmap(reserved, size + huge);
    }
}
#endif

void malloc_memset(benchmark::State& state) {
    const auto bytes = static_cast<std::size_t>(state.range(0)) * sizeof(std::uint32_t);
    for (auto _ : state) {
        void* p = std::malloc(bytes);
        benchmark::DoNotOptimize(p);
        std::memset(p, 0, bytes);
        benchmark::ClobberMemory();
        std::free(p);
    }
}

// Keeps the console output and remembers ns per call for the ratio table.
class TableReporter : public benchmark::ConsoleReporter {
public:
    std::map<std::string, std::map<long, double>> ns;  // name -> n -> ns/call

    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs) {
            if (run.run_type != Run::RT_Iteration || run.iterations == 0) continue;
            const std::string full = run.benchmark_name();
            const auto slash = full.find('/');
            const long n = std::stol(full.substr(slash + 1));
            ns[full.substr(0, slash)][n] = run.GetAdjustedRealTime() *
                                           benchmark::GetTimeUnitMultiplier(benchmark::kNanosecond) /
                                           benchmark::GetTimeUnitMultiplier(run.time_unit);
        }
    }
};

std::string cell(const std::map<long, double>& row, long n) {
    const auto it = row.find(n);
    if (it == row.end()) return "-";
    const double us = it->second / 1000.0;
    char text[32];
    std::snprintf(text, sizeof text, us < 10 ? "%.3f" : "%.1f", us);
    return text;
}

std::string ratio(const std::map<long, double>& top, const std::map<long, double>& bottom, long n) {
    if (!top.count(n) || !bottom.count(n)) return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.2fx", top.at(n) / bottom.at(n));
    return text;
}

// "1.23x (target <= 1.5x: met)", or the ratio alone when a side is missing.
std::string against(const std::map<long, double>& top, const std::map<long, double>& bottom, long n, double target) {
    if (!top.count(n) || !bottom.count(n)) return "-";
    char text[64];
    const double r = top.at(n) / bottom.at(n);
    std::snprintf(text, sizeof text, "%.2fx (target <= %.1fx: %s)", r, target, r <= target ? "met" : "missed");
    return text;
}

// This process's resident and peak resident memory in MiB, from
// /proc/self/status (Linux); -1 where it cannot be read.
std::pair<long, long> resident_mib() {
    std::FILE* status = std::fopen("/proc/self/status", "r");
    long rss = -1, peak = -1;
    if (status == nullptr) return {rss, peak};
    char line[256];
    while (std::fgets(line, sizeof line, status) != nullptr) {
        long kib = 0;
        if (std::sscanf(line, "VmRSS: %ld kB", &kib) == 1) rss = kib / 1024;
        if (std::sscanf(line, "VmHWM: %ld kB", &kib) == 1) peak = kib / 1024;
    }
    std::fclose(status);
    return {rss, peak};
}

void print_table(TableReporter& r) {
    auto& ref = r.ns["reference_recurrence"];
    auto& row = r.ns["pascal_row"];
    auto& into = r.ns["pascal_row_into"];
    auto& floor = r.ns["malloc_memset"];
    std::printf("\nlibpascal %s, microseconds per call (real time)\n\n", pascal_version_string());
    std::printf(
        "| n | reference O(n^2) | pascal_row | pascal_row_into | malloc+memset 4n B "
        "| reference / pascal_row | pascal_row / malloc+memset |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|\n");
    for (long n : sizes)
        std::printf("| %ld | %s | %s | %s | %s | %s | %s |\n", n, cell(ref, n).c_str(), cell(row, n).c_str(),
                    cell(into, n).c_str(), cell(floor, n).c_str(), ratio(ref, row, n).c_str(),
                    ratio(row, floor, n).c_str());
    std::printf("\nEach kernel into a reused buffer (selected: %s), microseconds per call\n\n| n |",
                pascal::detail::selected_row_kernel().name);
    std::vector<const char*> kernels;
    for (std::size_t i = 0; i < pascal::detail::row_kernel_count; ++i)
        if (pascal::detail::row_kernels[i].supported()) kernels.push_back(pascal::detail::row_kernels[i].name);
    for (const char* name : kernels)
        std::printf(" %s |", name);
    std::printf("\n|---:|");
    for (std::size_t i = 0; i < kernels.size(); ++i)
        std::printf("---:|");
    std::printf("\n");
    for (long n : sizes) {
        std::printf("| %ld |", n);
        for (const char* name : kernels)
            std::printf(" %s |", cell(r.ns[std::string("kernel_") + name], n).c_str());
        std::printf("\n");
    }
    std::printf(
        "\ntargets: reference / pascal_row at n = 1000 >= 75x (core), >= 200x (vector "
        "kernels): %s\n",
        ratio(ref, row, 1000).c_str());
    std::printf(
        "         pascal_row / malloc+memset at n = 10^6 <= 10x: %s; at n = 10^7 <= 2x "
        "(core), <= 1.3x (vector kernels): %s\n",
        ratio(row, floor, 1000000).c_str(), ratio(row, floor, 10000000).c_str());
    std::printf("         pascal_row / pascal_row_into (warm buffer) at n = 10^7: %s\n",
                against(row, into, 10000000, 1.5).c_str());
    std::printf("                                                    at n = 10^8: %s\n",
                against(row, into, 100000000, 2.0).c_str());
    std::printf("         pascal_row_into / malloc+memset at n = 10^8: %s\n", ratio(into, floor, 100000000).c_str());
    auto& mapped = r.ns["mapped_fill"];
    std::printf("         pascal_row / the floor for fresh memory (map, mark, fill, unmap) at n = 10^7: %s, 10^8: %s\n",
                ratio(row, mapped, 10000000).c_str(), ratio(row, mapped, 100000000).c_str());
    auto& entry = r.ns["pascal_entry"];
    auto& range = r.ns["pascal_row_range"];
    auto& chunked = r.ns["chunked_row"];
    std::printf("\nAny entry, any range (microseconds per call)\n\n");
    std::printf("| call | us |\n|---|---:|\n");
    std::printf("| pascal_entry(2^63 + 12345, k ~ 2^62) | %s |\n", cell(entry, 0).c_str());
    std::printf("| pascal_row_range(4 * 10^9, 2 * 10^9, 10^6 entries) | %s |\n", cell(range, 32).c_str());
    std::printf("| pascal_row_range(2^63 + 12345, 2^62 + 6172, 10^6 entries) | %s |\n", cell(range, 64).c_str());
    std::printf("| pascal_row_into(10^6) | %s |\n", cell(into, 1000000).c_str());
    std::printf("| row 10^8 in 1 chunk by pascal_row_range | %s |\n", cell(chunked, 1).c_str());
    std::printf("| row 10^8 in 2 chunks, 2 threads | %s |\n", cell(chunked, 2).c_str());
    std::printf("| pascal_row_into(10^8) | %s |\n", cell(into, 100000000).c_str());
    if (entry.count(0))
        std::printf("\ntargets: pascal_entry near 2^63: %.2f us (target < 10 us: %s)\n", entry.at(0) / 1000.0,
                    entry.at(0) < 10000.0 ? "met" : "missed");
    std::map<long, double> into_at_million;
    if (into.count(1000000)) into_at_million = {{32, into.at(1000000)}, {64, into.at(1000000)}};
    std::printf("         pascal_row_range(10^6 entries) / pascal_row_into(10^6), n < 2^32: %s\n",
                against(range, into_at_million, 32, 1.2).c_str());
    std::printf("                                                          n ~ 2^63: %s\n",
                against(range, into_at_million, 64, 2.0).c_str());
    if (chunked.count(2) && into.count(100000000)) {
        const double speedup = into.at(100000000) / chunked.at(2);
        std::printf(
            "         row 10^8: 2 threads by chunks vs one pascal_row_into: %.2fx faster (target >= 1.7x: %s)\n",
            speedup, speedup >= 1.7 ? "met" : "missed");
    }
    const auto [rss, peak] = resident_mib();
    std::printf(
        "\nresident memory after every pascal_row was freed: %ld MiB (peak %ld MiB, while the largest "
        "buffers were live)\n",
        rss, peak);
}

}  // namespace

int main(int argc, char** argv) {
    for (long n : sizes) {
        if (n <= reference_max) benchmark::RegisterBenchmark("reference_recurrence", reference_recurrence)->Arg(n);
        // Large rows: at least a second each, so the figure is the steady
        // state rather than one call that also paid for the VM backing fresh
        // memory (600 ms for the first 400 MB here, 36 ms afterwards).
        const double min_time = n >= 10000000 ? 1.0 : 0.0;
        for (auto* b : {benchmark::RegisterBenchmark("pascal_row", library_row)->Arg(n),
                        benchmark::RegisterBenchmark("pascal_row_into", library_row_into)->Arg(n),
                        benchmark::RegisterBenchmark("malloc_memset", malloc_memset)->Arg(n)})
            if (min_time > 0) b->MinTime(min_time);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
        if (n >= 10000000) benchmark::RegisterBenchmark("mapped_fill", mapped_fill)->Arg(n)->MinTime(1.0);
#endif
        for (std::size_t i = 0; i < pascal::detail::row_kernel_count; ++i) {
            const auto* kernel = &pascal::detail::row_kernels[i];
            if (kernel->supported())
                benchmark::RegisterBenchmark((std::string("kernel_") + kernel->name).c_str(), kernel_into, kernel)
                    ->Arg(n);
        }
    }
    benchmark::RegisterBenchmark("pascal_entry", library_entry)->Arg(0);
    benchmark::RegisterBenchmark("pascal_row_range", library_row_range)->Arg(32)->Arg(64);
    benchmark::RegisterBenchmark("chunked_row", chunked_row)->Arg(1)->Arg(2)->UseRealTime();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    TableReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    print_table(reporter);
    benchmark::Shutdown();
    return 0;
}
