#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Reads a single YAML document into a ``YAMLNode`` tree with source locations.
///
/// Built on libyaml's event API with an explicit stack (never recursion on document
/// depth), so hostile input is bounded by ``YAMLLimits`` rather than by the call stack.
public enum YAMLReader {
    /// Parses one YAML document. Returns nil for an empty stream / document with no
    /// content (or only comments).
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 input (a leading byte-order mark is skipped).
    ///   - file: The same input as text, used for diagnostics' path and quoted lines.
    ///   - limits: Resource limits; exceeding one is an error.
    public static func parse(
        _ bytes: [UInt8],
        file: SourceFile,
        limits: YAMLLimits = .default
    ) throws(Diagnostic) -> YAMLNode? {
        guard bytes.count <= limits.maxBytes else {
            throw file.diagnostic(tooLargeMessage(bytes.count, limits), at: nil)
        }
        let result: Result<YAMLNode?, Diagnostic> = bytes.withUnsafeBufferPointer { buffer in
            // libyaml would skip a BOM itself, but only when it also sniffs the encoding;
            // we pin UTF-8 (UTF-16 input is reported as invalid UTF-8) and skip it here.
            let input = hasUTF8BOM(buffer) ? UnsafeBufferPointer(rebasing: buffer[3...]) : buffer
            guard !input.isEmpty else { return .success(nil) }
            var builder = TreeBuilder(file: file, limits: limits)
            do throws(Diagnostic) {
                return .success(try builder.run(input))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Reads the file at `path` and parses it.
    ///
    /// Unreadable files, directories and files over `limits.maxBytes` (checked before
    /// reading them) give a diagnostic without a location. The bytes are decoded as
    /// UTF-8 for ``SourceFile/text``; invalid UTF-8 is reported by the parser with a
    /// location.
    public static func load(
        path: String,
        limits: YAMLLimits = .default
    ) throws(Diagnostic) -> (file: SourceFile, root: YAMLNode?) {
        let bytes = try readBytes(path: path, limits: limits)
        let file = sourceFile(path: path, bytes: bytes)
        return (file, try parse(bytes, file: file, limits: limits))
    }

    /// The bytes of the file at `path`, read and refused exactly as ``load(path:limits:)``
    /// reads them, for a caller that parses them itself (falling back on ``parse(_:file:limits:)``).
    public static func readBytes(path: String, limits: YAMLLimits = .default) throws(Diagnostic) -> [UInt8] {
        var bytes: [UInt8] = []
        try readFile(path: path, maxBytes: limits.maxBytes, into: &bytes)
        return bytes
    }

    /// ``readBytes(path:limits:)`` into `bytes`, whose storage is reused (a batch reads every
    /// case into one buffer); on a throw, `bytes` holds no particular content.
    public static func readBytes(path: String, limits: YAMLLimits = .default, into bytes: inout [UInt8]) throws(Diagnostic) {
        try readFile(path: path, maxBytes: limits.maxBytes, into: &bytes)
    }

    /// The ``SourceFile`` that ``load(path:limits:)`` makes of a file's bytes (a leading
    /// byte-order mark left out of the text).
    public static func sourceFile(path: String, bytes: [UInt8]) -> SourceFile {
        let text: String
        if bytes.withUnsafeBufferPointer(hasUTF8BOM) {
            text = String(decoding: bytes[3...], as: UTF8.self)
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        return SourceFile(path: path, text: text)
    }

    /// Calls `body` with the bytes libyaml reads from `bytes`: without a leading byte-order mark.
    public static func withDocumentBytes<R>(_ bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { buffer in
            body(hasUTF8BOM(buffer) ? UnsafeBufferPointer(rebasing: buffer[3...]) : buffer)
        }
    }

    // MARK: - File reading

    private static func hasUTF8BOM(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
    }

    private static func tooLargeMessage(_ size: Int, _ limits: YAMLLimits) -> String {
        "file is too large (\(size) bytes; the limit is \(limits.maxBytes) bytes)"
    }

    /// Reads a whole file with plain POSIX calls (no Foundation) into `bytes`, refusing anything
    /// but a regular file and oversized files before reading them.
    private static func readFile(path: String, maxBytes: Int, into bytes: inout [UInt8]) throws(Diagnostic) {
        func failure(_ message: String) -> Diagnostic {
            Diagnostic(path: path, location: nil, message: message)
        }
        func systemError(_ what: String) -> Diagnostic {
            failure("\(what): \(String(cString: strerror(errno)))")
        }

        /// Refuses what is not a regular file, as `mode` says.
        func refuseUnlessRegular(_ mode: mode_t, systemPath: [CChar]) throws(Diagnostic) {
            switch mode & S_IFMT {
            case S_IFREG: return
            case S_IFDIR:
                // A directory reaches here from a batch only when it could not be listed: say why.
                guard let directory = opendir(systemPath) else { throw systemError("is a directory and cannot be listed") }
                closedir(directory)
                throw failure("is a directory, not a YAML file")
            case S_IFIFO: throw failure("is a FIFO (named pipe), not a regular file; it is not read, as reading it could wait for ever")
            case S_IFCHR, S_IFBLK: throw failure("is a device, not a regular file; it is not read")
            default: throw failure("is not a regular file (a socket or other special file); it is not read")
            }
        }

        // Opened without blocking (a FIFO's open would wait for a writer) and looked at before
        // anything is read (a device can stream for ever): one lookup of the path, not two.
        var info = stat()
        let systemPath = FileName.systemPath(path)
        let fd = open(systemPath, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            // Said as a look at the path would say it (an unreadable directory, a socket).
            let openError = errno
            guard stat(systemPath, &info) == 0 else { throw systemError("cannot open file") }
            try refuseUnlessRegular(info.st_mode, systemPath: systemPath)
            errno = openError
            throw systemError("cannot open file")
        }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { throw systemError("cannot read file") }
        try refuseUnlessRegular(info.st_mode, systemPath: systemPath)
        let reportedSize = Int(info.st_size)
        if reportedSize > maxBytes {
            throw failure("file is too large (\(reportedSize) bytes; the limit is \(maxBytes) bytes)")
        }

        // One spare byte so a file that grew since fstat (or a pipe, size 0) is noticed. The
        // bytes past what is read are never looked at, so old content is not cleared.
        if bytes.count > reportedSize + 1 {
            bytes.removeSubrange((reportedSize + 1)...)
        } else {
            bytes.append(contentsOf: repeatElement(0, count: reportedSize + 1 - bytes.count))
        }
        var total = 0
        while true {
            if total == bytes.count {
                bytes.append(contentsOf: repeatElement(0, count: max(64 * 1024, bytes.count)))
            }
            let requested = bytes.count - total
            let count = bytes.withUnsafeMutableBufferPointer { buffer in
                read(fd, buffer.baseAddress! + total, requested)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw systemError("cannot read file")
            }
            if count == 0 { break }
            total += count
            if total > maxBytes {
                throw failure("file is too large (more than \(maxBytes) bytes)")
            }
            // Short of the spare byte with exactly the size fstat gave: the end of the file,
            // without one more read to see 0 (a file that grew fills the spare byte).
            if count < requested, total == reportedSize { break }
        }
        bytes.removeSubrange(total...)
    }
}
