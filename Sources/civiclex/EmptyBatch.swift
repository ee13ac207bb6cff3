/// A batch whose paths hold no case file at all (an empty directory, an empty list on
/// standard input): `test` fails, since a CI job that tests nothing must not pass; `score`
/// and `compare` warn and still write their header-only report.
enum EmptyBatch {
    /// "no case files found in Cases/empty, standard input (nothing to test)".
    static func message(_ paths: [String], nothingTo verb: String) -> String {
        let names = paths.map { $0 == "-" ? "standard input" : $0 }
        return "no case files found in \(names.joined(separator: ", ")) (nothing to \(verb))"
    }

    /// The warning of `score` and `compare`; none when reading standard input failed, which
    /// has been reported as an error already.
    static func warn(_ paths: [String], nothingTo verb: String) {
        guard !CommandLineBytes.standardInputFailed else { return }
        Terminal.printError("warning: " + message(paths, nothingTo: verb))
    }
}
