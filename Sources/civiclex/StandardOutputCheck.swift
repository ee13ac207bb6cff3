#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Reports at exit when text printed with `print` (buffered by stdio) could not be written:
/// standard output on a full disk or `/dev/full` would otherwise lose the text and exit 0.
/// `@preconcurrency` lets this one file name stdio's `stdout`, read only at exit.
enum StandardOutputCheck {
    static func installAtExit() {
        atexit {
            guard fflush(stdout) != 0 || ferror(stdout) != 0 else { return }
            let message = "standard output: error: cannot write (\(String(cString: strerror(errno))))\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            _exit(2)
        }
    }
}
