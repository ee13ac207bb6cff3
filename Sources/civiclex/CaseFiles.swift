import Foundation
import YAMLSource

/// Case file paths from command-line arguments, produced one at a time so that a batch of a
/// million cases never holds a million paths.
///
/// A file argument yields itself; a directory yields its `*.yaml`/`*.yml` files recursively
/// (symbolic links to directories are not followed), in the order a byte sort of their full paths
/// gives; `-` yields the lines of standard input as they are read. A path that does not exist
/// yields itself too, in its place, so that loading it reports the error.
struct CasePaths: Sequence, IteratorProtocol {
    private var arguments: IndexingIterator<[String]>
    /// Open directories, innermost last: each with its entries still to visit, in reverse order.
    private var directories: [(path: [UInt8], entries: [Entry])] = []
    private var readingStandardInput = false
    /// Whether the path last returned names nothing on disk.
    private(set) var lastPathIsMissing = false

    private struct Entry {
        /// The name's bytes as the file system has them (not always valid UTF-8).
        let name: [UInt8]
        let isDirectory: Bool
        /// A directory's files sort as if its name ended in "/", as they do inside full paths.
        var sortKey: [UInt8] { isDirectory ? name + [UInt8(ascii: "/")] : name }
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
                while let line = CommandLineBytes.readLine() {
                    if !line.isEmpty { return FileName.display(line) }
                }
                readingStandardInput = false
            }
            if !directories.isEmpty {
                if let entry = directories[directories.count - 1].entries.popLast() {
                    let path = directories[directories.count - 1].path + [UInt8(ascii: "/")] + entry.name
                    if entry.isDirectory, let entries = Self.entries(of: path) {
                        directories.append((path, entries))
                        continue
                    }
                    return FileName.display(path)
                }
                directories.removeLast()
                continue
            }
            guard let argument = arguments.next() else { return nil }
            if argument == "-" {
                readingStandardInput = true
                continue
            }
            let systemPath = FileName.systemPath(argument)
            var status = stat()
            if stat(systemPath, &status) != 0 {
                lastPathIsMissing = true
                return argument
            }
            // A directory that cannot be listed is passed on like a file, so that it gets an error row.
            let bytes = systemPath.dropLast().map { UInt8(bitPattern: $0) }
            var trimmed = bytes
            while trimmed.count > 1, trimmed.last == UInt8(ascii: "/") { trimmed.removeLast() }
            guard status.st_mode & S_IFMT == S_IFDIR, let entries = Self.entries(of: trimmed) else { return argument }
            directories.append((trimmed, entries))
        }
    }

    /// Case files and subdirectories of `path`, sorted so that a depth-first walk visits files
    /// in the byte order of their full paths, then reversed so the next one is popped from the
    /// end; `nil` when the directory cannot be listed.
    ///
    /// `readdir` rather than `FileManager`, which turns a name that is not valid UTF-8 into
    /// one with U+FFFD that then names no file. A `dirent` record is only as long as its name:
    /// the name is read through a pointer up to its NUL, never by copying the struct
    /// (`entry.pointee` reads `sizeof(dirent)` bytes, past the end of a short record).
    private static func entries(of path: [UInt8]) -> [Entry]? {
        guard let directory = opendir(path.map { CChar(bitPattern: $0) } + [0]) else { return nil }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let record = readdir(directory) {
            let raw = UnsafeRawPointer(record)
            let namePointer = (raw + Self.nameOffset).assumingMemoryBound(to: CChar.self)
            let name = Array(UnsafeRawBufferPointer(start: namePointer, count: strlen(namePointer)))
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            var type = raw.load(fromByteOffset: Self.typeOffset, as: UInt8.self)
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                var status = stat()
                guard fstatat(dirfd(directory), namePointer, &status, 0) == 0 else { continue }
                // A link to a directory is not followed (it could loop); a link to a file is read.
                if type == UInt8(DT_LNK) && status.st_mode & S_IFMT == S_IFDIR { continue }
                type = status.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
            }
            if type == UInt8(DT_DIR) {
                entries.append(Entry(name: name, isDirectory: true))
            } else if name.ends(with: ".yaml") || name.ends(with: ".yml") {
                entries.append(Entry(name: name, isDirectory: false))
            }
        }
        return entries.map { ($0.sortKey, $0) }.sorted { $1.0.lexicographicallyPrecedes($0.0) }.map(\.1)
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    private static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type)!
}

private extension [UInt8] {
    func ends(with suffix: String) -> Bool { self.count > suffix.utf8.count && self.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
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
