// Keeps the memory a lint run frees for the run's own reuse. By default glibc gives large
// blocks back to the kernel as soon as they are freed (munmap, and trimming the top of the
// heap), so the next draft's arrays fault in fresh zeroed pages again; on the virtual
// machines this runs on, a fresh page costs 2 to 3 µs (a 10 MB draft touches tens of
// thousands). A lint run is short-lived, so it keeps what it frees: its peak memory stays
// the same, and the time to fault pages in is paid once.
#if canImport(Glibc)
import Glibc

/// glibc's mallopt(3); Swift's Glibc module does not import malloc.h.
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

public enum ProcessMemory {
    public static func keepFreedMemory() {
        #if canImport(Glibc)
        let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD: never shrink the heap
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD: blocks up to 1 GB come from the heap
        _ = mallopt(mmapThreshold, 1 << 30)
        _ = mallopt(trimThreshold, Int32.max)
        #endif
    }
}
