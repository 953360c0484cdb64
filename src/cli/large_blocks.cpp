// The native CLI's large allocations on transparent huge pages.
//
// A long file of posts puts a few big blocks in the process: the source (the
// file's size), the node array (twice that), recognition's lines. Touching
// them page by page was a fifth of `clinic-reader html`'s time on 8 MB
// (7,800 faults; a fault is slow in a virtual machine), and Linux gives huge
// pages only to memory that asks (transparent_hugepage=madvise, the usual
// setting) — glibc's malloc asks only when GLIBC_TUNABLES says so. So blocks
// of 4 MiB or more are mapped here and advised MADV_HUGEPAGE: faults fell to
// 2,200 and the run's CPU time by a quarter (bench/process_bench,
// docs/performance.md). Smaller blocks, nearly every allocation, stay with malloc.
//
// Replacing the global operator new/delete is the standard's own hook for
// this; std::allocator (every vector and string) goes through it. The core
// knows nothing of it: it is linked into the native `clinic-reader` only,
// Linux only, and not under AddressSanitizer, which must see every block.
#if defined(__linux__) && !defined(__SANITIZE_ADDRESS__)

#include <sys/mman.h>

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <mutex>
#include <new>

namespace {

constexpr size_t kLarge = size_t{4} << 20;

struct Mapping {
  void* start = nullptr;
  size_t length = 0;
};

// The live large blocks: a handful at a time (a vector that grows frees its
// old block once the new one holds its elements). When full, a new large
// block falls back to malloc.
std::array<Mapping, 32> g_mappings;
std::atomic<size_t> g_live = 0;  // read without the lock by delete: 0 means nothing to look up
std::mutex g_lock;

void* map_large(size_t size) {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  madvise(p, size, MADV_HUGEPAGE);  // advice: a kernel without THP ignores it
  const std::lock_guard<std::mutex> hold(g_lock);
  for (Mapping& m : g_mappings) {
    if (m.start == nullptr) {
      m = {p, size};
      ++g_live;
      return p;
    }
  }
  munmap(p, size);
  return nullptr;  // malloc takes it
}

// Unmaps `p` when it is a large block; false when it came from malloc.
bool unmap_large(void* p) {
  if (g_live.load(std::memory_order_relaxed) == 0) return false;
  const std::lock_guard<std::mutex> hold(g_lock);
  for (Mapping& m : g_mappings) {
    if (m.start == p) {
      munmap(m.start, m.length);
      m = {};
      --g_live;
      return true;
    }
  }
  return false;
}

void* allocate(size_t size) {
  if (size >= kLarge) {
    if (void* p = map_large(size)) return p;
  }
  for (;;) {
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

void release(void* p) noexcept {
  if (p != nullptr && !unmap_large(p)) std::free(p);
}

}  // namespace

void* operator new(size_t size) { return allocate(size); }
void* operator new[](size_t size) { return allocate(size); }
void* operator new(size_t size, const std::nothrow_t&) noexcept {
  try {
    return allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, size_t) noexcept { release(p); }
void operator delete[](void* p, size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }

#endif
