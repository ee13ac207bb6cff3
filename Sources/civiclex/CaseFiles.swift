import Foundation

/// Case file paths from command-line arguments, produced one at a time so that a batch of a
/// million cases never holds a million paths.
///
/// A file argument yields itself; a directory yields its `*.yaml`/`*.yml` files recursively
/// (symbolic links to directories are not followed), in the order a sort of their full paths
/// gives; `-` yields the lines of standard input as they are read. A path that does not exist
/// yields itself too, in its place, so that loading it reports the error.
struct CasePaths: Sequence, IteratorProtocol {
    private var arguments: IndexingIterator<[String]>
    /// Open directories, innermost last: each with its entries still to visit, in reverse order.
    private var directories: [(path: String, entries: [Entry])] = []
    private var readingStandardInput = false
    /// Whether the path last returned names nothing on disk.
    private(set) var lastPathIsMissing = false

    private struct Entry {
        let name: String
        let isDirectory: Bool
        /// A directory's files sort as if its name ended in "/", as they do inside full paths.
        var sortKey: String { isDirectory ? name + "/" : name }
    }

    init(_ arguments: [String]) {
        self.arguments = arguments.makeIterator()
    }

    /// Whether any argument is `-`, in which case the number of paths is known only at the end.
    static func readsStandardInput(_ arguments: [String]) -> Bool { arguments.contains("-") }

    mutating func next() -> String? {
        lastPathIsMissing = false
        while true {
            if readingStandardInput {
                while let line = readLine() {
                    if !line.isEmpty { return line }
                }
                readingStandardInput = false
            }
            if !directories.isEmpty {
                if let entry = directories[directories.count - 1].entries.popLast() {
                    let path = (directories[directories.count - 1].path as NSString).appendingPathComponent(entry.name)
                    if entry.isDirectory, let entries = Self.entries(of: path) {
                        directories.append((path, entries))
                        continue
                    }
                    return path
                }
                directories.removeLast()
                continue
            }
            guard let argument = arguments.next() else { return nil }
            if argument == "-" {
                readingStandardInput = true
                continue
            }
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
                lastPathIsMissing = true
                return argument
            }
            // A directory that cannot be listed is passed on like a file, so that it gets an error row.
            guard isDirectory.boolValue, let entries = Self.entries(of: argument) else { return argument }
            directories.append((argument, entries))
        }
    }

    /// Case files and subdirectories of `path`, sorted so that a depth-first walk visits files
    /// in the order of their full paths, then reversed so the next one is popped from the end;
    /// `nil` when the directory cannot be listed.
    private static func entries(of path: String) -> [Entry]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                var status = stat()
                guard stat((path as NSString).appendingPathComponent(name), &status) == 0 else { continue }
                // A link to a directory is not followed (it could loop); a link to a file is read.
                if type == UInt8(DT_LNK) && status.st_mode & S_IFMT == S_IFDIR { continue }
                type = status.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
            }
            if type == UInt8(DT_DIR) {
                entries.append(Entry(name: name, isDirectory: true))
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                entries.append(Entry(name: name, isDirectory: false))
            }
        }
        return entries.map { ($0.sortKey, $0) }.sorted { $0.0 > $1.0 }.map(\.1)
    }
}

enum CaseFiles {
    /// Every case file under `paths`, and the paths that do not exist.
    static func collect(_ paths: [String]) -> (files: [String], missing: [String]) {
        var walker = CasePaths(paths)
        var files: [String] = []
        var missing: [String] = []
        while let path = walker.next() {
            if walker.lastPathIsMissing { missing.append(path) } else { files.append(path) }
        }
        return (files, missing)
    }
}
