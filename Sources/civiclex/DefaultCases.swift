import ArgumentParser
import Foundation

/// `test` and `compare` read `./Cases` when no path is named, and say so; where there is no
/// `./Cases` they ask for a path instead of failing on a directory the user never named.
enum DefaultCases {
    static let directory = "Cases"

    /// For `validate()`, so that the usage shown is the subcommand's.
    static func validate(_ given: [String], command: String) throws {
        guard given.isEmpty else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("Name the case files or directories to \(command): there is no ./\(directory) directory here to default to.")
        }
    }

    /// The paths to read, saying so when it is the default.
    static func paths(_ given: [String], command: String) -> [String] {
        guard given.isEmpty else { return given }
        Terminal.printError("civiclex \(command): no path given; reading ./\(directory)")
        return [directory]
    }
}
