import ArgumentParser

/// `--jobs` of `score` and `compare`.
enum JobsOption {
    /// Each lane gets a slot up front (and its own copy of the law once used), so a huge count
    /// would ask for memory that cannot exist and crash; no machine this runs on has more cores.
    static let maximum = 1024

    static func validate(_ jobs: Int?) throws {
        if let jobs, !(1...maximum).contains(jobs) { throw ValidationError("--jobs must be between 1 and \(maximum).") }
    }
}
