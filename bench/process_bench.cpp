// Whole-process throughput and peak memory of `clinic-reader html` beside
// md4c's `md2html --github --fno-html` on one long file of clinic posts
// (issue 16): what a site build that shells out to the CLI pays, start-up,
// file reading and writing included. Each round runs every command once, in
// turn; times are medians of the rounds, ratios the median of each round's
// ratio. Peak memory is the kernel's maximum resident set (wait4's ru_maxrss).
//
//   process_bench --clinic-reader PATH --md2html PATH [--baseline PATH] [--mb 8] [--quick] [--json OUT] POST.md...
//
// --baseline: another clinic-reader (an older build) run in the same rounds,
// for before/after figures.
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "core/json_writer.h"
#include "corpora.h"

namespace {

struct Command {
  std::string name;
  std::vector<std::string> argv;  // the input file is appended
};

struct Sample {
  double seconds = 0;      // wall time
  double cpu_seconds = 0;  // user + system: steadier than wall time on a shared machine
  double peak_mb = 0;
};

// Runs `argv` with standard output to /dev/null; its wall time and peak RSS.
Sample run(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "process_bench: %s failed\n", argv[0].c_str());
    std::exit(1);
  }
  const auto cpu = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return {seconds, cpu(usage.ru_utime) + cpu(usage.ru_stime), static_cast<double>(usage.ru_maxrss) / 1024.0};
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  std::string clinic_reader, md2html, baseline, json_path;
  std::vector<clinic::bench::Corpus> posts;
  double megabytes = 8;
  bool quick = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--clinic-reader") && i + 1 < argc) clinic_reader = argv[++i];
    else if (!std::strcmp(argv[i], "--md2html") && i + 1 < argc) md2html = argv[++i];
    else if (!std::strcmp(argv[i], "--baseline") && i + 1 < argc) baseline = argv[++i];
    else if (!std::strcmp(argv[i], "--mb") && i + 1 < argc) megabytes = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--json") && i + 1 < argc) json_path = argv[++i];
    else if (!std::strcmp(argv[i], "--quick")) quick = true;
    else if (!clinic::bench::read_post_argument(std::string("post=") + argv[i], posts.emplace_back())) {
      std::fprintf(stderr, "process_bench: cannot read %s\n", argv[i]);
      return 2;
    }
  }
  if (clinic_reader.empty() || md2html.empty() || posts.empty()) {
    std::fprintf(stderr,
                 "usage: process_bench --clinic-reader PATH --md2html PATH [--baseline PATH] [--mb 8] [--quick] "
                 "[--json OUT] POST.md...\n");
    return 2;
  }
  if (quick) megabytes = 1;
  const std::string corpus = clinic::bench::concatenated_posts(posts, static_cast<size_t>(megabytes * 1e6));
  char input[] = "/tmp/process_bench_XXXXXX.md";
  const int fd = mkstemps(input, 3);
  if (fd < 0 || write(fd, corpus.data(), corpus.size()) != static_cast<ssize_t>(corpus.size())) {
    std::fprintf(stderr, "process_bench: cannot write %s\n", input);
    return 1;
  }
  close(fd);

  std::vector<Command> commands = {
      {"md2html --github --fno-html", {md2html, "--github", "--fno-html"}},
      {"clinic-reader html", {clinic_reader, "html"}},
      {"clinic-reader html --plain", {clinic_reader, "html", "--plain"}},
  };
  if (!baseline.empty()) {
    commands.push_back({"baseline: clinic-reader html", {baseline, "html"}});
    commands.push_back({"baseline: clinic-reader html --plain", {baseline, "html", "--plain"}});
  }
  const int rounds = quick ? 3 : 7;
  std::vector<std::vector<Sample>> samples(commands.size());
  for (int r = 0; r < rounds; ++r) {
    for (size_t c = 0; c < commands.size(); ++c) {
      std::vector<std::string> args = commands[c].argv;
      args.push_back(input);
      samples[c].push_back(run(args));
    }
  }
  unlink(input);

  std::printf("%zu posts concatenated as `cat` would: %.1f MB; median of %d interleaved rounds\n\n", posts.size(),
              static_cast<double>(corpus.size()) / 1e6, rounds);
  std::printf("| command | MB/s | throughput vs md2html | CPU time vs md2html's | peak RSS | peak RSS vs md2html |\n"
              "|---|---|---|---|---|---|\n");
  std::string json = "[";
  for (size_t c = 0; c < commands.size(); ++c) {
    std::vector<double> seconds, peaks, speed_ratios, cpu_ratios, memory_ratios;
    for (int r = 0; r < rounds; ++r) {
      seconds.push_back(samples[c][r].seconds);
      peaks.push_back(samples[c][r].peak_mb);
      speed_ratios.push_back(samples[0][r].seconds / samples[c][r].seconds);
      cpu_ratios.push_back(samples[c][r].cpu_seconds / samples[0][r].cpu_seconds);
      memory_ratios.push_back(samples[c][r].peak_mb / samples[0][r].peak_mb);
    }
    const double mbps = static_cast<double>(corpus.size()) / median(seconds) / 1e6;
    std::printf("| `%s` | %.1f | %.2f× | %.2f× | %.1f MB | %.2f× |\n", commands[c].name.c_str(), mbps,
                median(speed_ratios), median(cpu_ratios), median(peaks), median(memory_ratios));
    char row[512];
    std::snprintf(row, sizeof row,
                  "%s\n {\"command\": %s, \"bytes\": %zu, \"mb_per_s\": %.2f, \"throughput_vs_md2html\": %.3f, "
                  "\"cpu_time_vs_md2html\": %.3f, \"peak_rss_mb\": %.2f, \"peak_rss_vs_md2html\": %.3f}",
                  c > 0 ? "," : "", clinic::json::quoted(commands[c].name).c_str(), corpus.size(), mbps,
                  median(speed_ratios), median(cpu_ratios), median(peaks), median(memory_ratios));
    json += row;
  }
  json += "\n]\n";
  if (!json_path.empty()) std::ofstream(json_path) << json;
  return 0;
}
