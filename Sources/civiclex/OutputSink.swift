import ArgumentParser
import Foundation
import SystemPackage

/// Where a report goes: standard output (no `--output`, or `--output -`), or the file
/// `--output` names (`./-` for a file called `-`).
///
/// A regular file (or a new one) is written atomically: to a temporary file beside it, renamed
/// over it only when the run completes, so no reader ever sees half a report; the new file
/// keeps the mode (and, where allowed, the owner) of the one it replaces. A symbolic link is
/// followed, so its target is replaced and the link stays a link. A character device or FIFO
/// is written in place: renaming over it would delete the device node; a FIFO nobody comes
/// to read within five seconds is an error. Anything else (a directory, a block device, a
/// socket) is refused. A write that fails (a full disk, `/dev/full`) ends the run with exit 2,
/// a message, and no temporary file left behind.
struct OutputSink {
    private enum Target {
        case standardOutput
        case inPlace(path: String)
        case replacing(destination: String, temporary: String)
    }

    private let target: Target
    private let descriptor: FileDescriptor
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        guard let path, path != "-" else {
            target = .standardOutput
            descriptor = .standardOutput
            return
        }
        guard !path.isEmpty else {
            Terminal.printError("error: --output names no file")
            throw ExitCode(2)
        }
        let resolved = try Self.resolvingLinks(path)
        var existing = stat()
        if stat(resolved, &existing) != 0 {
            guard errno == ENOENT else { throw Self.failure(resolved, "cannot write here", Errno(rawValue: errno)) }
            (target, descriptor) = try Self.temporary(beside: resolved, replacing: nil)
            return
        }
        switch existing.st_mode & S_IFMT {
        case S_IFREG:
            (target, descriptor) = try Self.temporary(beside: resolved, replacing: existing)
        case S_IFCHR, S_IFIFO:
            descriptor = try Self.openInPlace(resolved, isFIFO: existing.st_mode & S_IFMT == S_IFIFO)
            target = .inPlace(path: resolved)
        default:
            Terminal.printError("\(resolved): error: not a regular file, character device or FIFO; it is left as it is and nothing is written")
            throw ExitCode(2)
        }
    }

    mutating func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        // Warnings held so far go first, so a file that is also standard error (`2>&1`)
        // receives the two in the order they were written.
        StandardErrorBuffer.flush()
        do {
            _ = try descriptor.writeAll(buffer)
        } catch {
            throw abandon(error)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func commit() throws {
        try flush()
        switch target {
        case .standardOutput:
            return
        case .inPlace:
            try? descriptor.close()
        case .replacing(let destination, let temporary):
            do {
                // A full disk may show only here: delayed allocation reports ENOSPC at fsync or close.
                guard fsync(descriptor.rawValue) == 0 else { throw Errno(rawValue: errno) }
                try descriptor.close()
            } catch {
                throw abandon(error)
            }
            if rename(temporary, destination) != 0 {
                let failure = Self.failure(destination, "cannot replace the file", Errno(rawValue: errno))
                unlink(temporary)
                PartialFiles.unregister(temporary)
                throw failure
            }
            PartialFiles.unregister(temporary)
        }
    }

    /// Reports a failed write, removes the temporary file, and gives the error to throw.
    private func abandon(_ error: any Error) -> any Error {
        switch target {
        case .standardOutput:
            return Self.failure("standard output", "cannot write", error)
        case .inPlace(let path):
            try? descriptor.close()
            return Self.failure(path, "cannot write", error)
        case .replacing(let destination, let temporary):
            try? descriptor.close()
            unlink(temporary)
            PartialFiles.unregister(temporary)
            return Self.failure(destination, "cannot write the file; it is left as it was", error)
        }
    }

    private static func failure(_ path: String, _ what: String, _ error: any Error) -> ExitCode {
        Terminal.printError("\(path): error: \(what) (\(error))")
        return ExitCode(2)
    }

    /// Opens a device or FIFO to write into it. A FIFO is opened without blocking, retried for
    /// up to five seconds while no process reads it (ENXIO), so a reader started just after
    /// the run is found and a FIFO nobody reads is an error, not a hang.
    private static func openInPlace(_ path: String, isFIFO: Bool) throws -> FileDescriptor {
        let deadline = Date().addingTimeInterval(5)
        while true {
            do {
                let descriptor = try FileDescriptor.open(FilePath(path), .writeOnly, options: isFIFO ? [.closeOnExec, .nonBlocking] : [.closeOnExec], retryOnInterrupt: true)
                if isFIFO { _ = fcntl(descriptor.rawValue, F_SETFL, fcntl(descriptor.rawValue, F_GETFL) & ~O_NONBLOCK) }
                return descriptor
            } catch Errno.noSuchAddressOrDevice where isFIFO && Date() < deadline {
                usleep(50_000)
            } catch Errno.noSuchAddressOrDevice where isFIFO {
                Terminal.printError("\(path): error: no process is reading this FIFO; nothing is written")
                throw ExitCode(2)
            } catch {
                throw failure(path, "cannot write here", error)
            }
        }
    }

    /// A new temporary file beside `destination`, with the mode and owner of `replaced`.
    private static func temporary(beside destination: String, replacing replaced: stat?) throws -> (Target, FileDescriptor) {
        // FilePath, not NSString: swift-corelibs-foundation traps on a one-character path (`-o x`).
        let file = FilePath(destination)
        let directory = file.removingLastComponent().string
        let name = file.lastComponent?.string ?? destination
        let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).partial"
        // Registered before it exists, so a signal never finds it created but not yet known.
        PartialFiles.register(temporary)
        let descriptor: FileDescriptor
        do {
            // Never through a link planted at the temporary name.
            descriptor = try FileDescriptor.open(FilePath(temporary), .writeOnly, options: [.create, .truncate, .noFollow, .closeOnExec], permissions: FilePermissions(rawValue: 0o666), retryOnInterrupt: true)
        } catch {
            PartialFiles.unregister(temporary)
            throw failure(destination, "cannot write here", error)
        }
        if let replaced {
            // The owner first: changing it clears set-id bits that the mode then restores.
            _ = fchown(descriptor.rawValue, replaced.st_uid, replaced.st_gid)
            _ = fchmod(descriptor.rawValue, replaced.st_mode & 0o7777)
        }
        return (.replacing(destination: destination, temporary: temporary), descriptor)
    }

    /// `path` with symbolic links at its end followed (also to a target that does not exist
    /// yet, which is then created), so the file replaced is the link's target.
    private static func resolvingLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                throw failure(current, "cannot read the symbolic link", Errno(rawValue: errno))
            }
            current = target.hasPrefix("/") ? target : FilePath(current).removingLastComponent().appending(target).string
        }
        throw failure(path, "cannot write here", Errno.tooManySymbolicLinkLevels)
    }
}
