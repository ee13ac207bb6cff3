import Foundation

/// glibc gives threads their own malloc arenas, up to eight per core. The task threads take
/// turns running `score`'s lanes, so a long batch spreads over more and more arenas whose free
/// space is not shared, and peak memory creeps up (30 -> 36 MB from 100,000 to a million cases
/// on 2 jobs, depending on scheduling). One arena per lane keeps it flat.
enum MallocArenas {
    /// `M_ARENA_MAX` in glibc's `<malloc.h>`, which the Glibc module does not import.
    private static let arenaMaxOption: Int32 = -8

    static func limit(to count: Int) {
        #if os(Linux)
        // Looked up rather than linked: `mallopt` is glibc's, and absent from other C libraries.
        guard let symbol = dlsym(nil, "mallopt") else { return }
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMaxOption, Int32(clamping: count))
        #endif
    }
}
