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
#include <map>
#include <string>
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

void kernel_into(benchmark::State& state, const pascal::detail::RowKernel* kernel) {
    const auto n = static_cast<std::size_t>(state.range(0));
    std::vector<std::uint32_t> buffer(n);
    for (auto _ : state) {
        kernel->fill(n, buffer.data());
        benchmark::ClobberMemory();
    }
}

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
        benchmark::RegisterBenchmark("pascal_row", library_row)->Arg(n);
        benchmark::RegisterBenchmark("pascal_row_into", library_row_into)->Arg(n);
        benchmark::RegisterBenchmark("malloc_memset", malloc_memset)->Arg(n);
        for (std::size_t i = 0; i < pascal::detail::row_kernel_count; ++i) {
            const auto* kernel = &pascal::detail::row_kernels[i];
            if (kernel->supported())
                benchmark::RegisterBenchmark((std::string("kernel_") + kernel->name).c_str(), kernel_into, kernel)
                    ->Arg(n);
        }
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    TableReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    print_table(reporter);
    benchmark::Shutdown();
    return 0;
}
