import Foundation
import Testing

/// What the CLI reads and writes besides YAML: directory walks, special files, full disks,
/// links, modes and signals, each through the real binary on real files.
@Suite(.serialized) struct OutputSafetyTests {
    static let caseFile = "Cases/assembly/rally-late-notice-2024.yaml"
    static var caseText: String { get throws { try String(contentsOf: CLI.root.appendingPathComponent(caseFile), encoding: .utf8) } }

    struct Outcome {
        let status: Int32
        let exited: Bool
        let stdout: String
        let stderr: String
    }

    /// Runs `civiclex ARGUMENTS`, or with `script` the shell running `script` with `$0` the
    /// civiclex binary (to set a limit or pass bytes that are not UTF-8); standard output goes
    /// to `output` (a device such as /dev/full) or is captured.
    static func run(_ arguments: [String], script: String? = nil, standardOutput output: FileHandle? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = script == nil ? CLI.executable : URL(fileURLWithPath: "/bin/sh")
        process.arguments = script.map { ["-c", $0, CLI.executable.path] + arguments } ?? arguments
        process.currentDirectoryURL = CLI.root
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = output ?? out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try out.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, exited: process.terminationReason == .exit,
                       stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func mode(_ path: String) -> mode_t {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode : 0
    }

    static func partialFiles(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".partial") }
    }

    // MARK: - Directory walking

    /// Names of every length, so that `dirent` records of every size are read: copying a short
    /// record whole read past its end (heap-buffer-overflow under ASan, a segfault without).
    @Test func scoreWalksTwoThousandFilesInFullPathOrder() throws {
        let text = try Self.caseText
        var files: [String: String] = [:]
        for index in 0..<2_000 {
            let name = String(repeating: "n", count: index % 200) + "-\(index).yaml"
            files[index % 3 == 0 ? "sub\(index % 7)/\(name)" : name] = text
        }
        files["notes.txt"] = "not a case"
        let directory = try CLI.temporaryDirectory(files)
        // A link to a directory is not followed (it could loop); a link to a file is read.
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("loop").path, withDestinationPath: directory.path)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("zz-link.yaml").path, withDestinationPath: "sub0/-0.yaml")
        let result = try CLI.run(["score", "--quiet", "--format", "csv", "--jobs", "2", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        let paths = result.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        let expected = files.keys.filter { $0.hasSuffix(".yaml") }.map { directory.path + "/" + $0 } + [directory.path + "/zz-link.yaml"]
        #expect(paths.count == 2_001)
        #expect(paths == expected.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    /// A directory that cannot be listed is an error row that says so; the batch goes on.
    /// Run as an unprivileged user (root lists any directory), so only where root can switch.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aDirectoryThatCannotBeListedIsAnErrorRow() throws {
        let directory = try CLI.temporaryDirectory(["locked/a.yaml": try Self.caseText, "open.yaml": try Self.caseText])
        let locked = directory.appendingPathComponent("locked").path
        #expect(chmod(locked, 0) == 0)
        defer { chmod(locked, 0o755) }
        // The unprivileged user may not reach the build folder (a clone under a private
        // directory), so it runs a copy of the binary and the rules from a world-readable place.
        let stage = try CLI.temporaryDirectory([:])
        let binary = stage.appendingPathComponent("civiclex")
        try FileManager.default.copyItem(at: CLI.executable, to: binary)
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Rules"), to: stage.appendingPathComponent("Rules"))
        let script = "exec setpriv --reuid=65534 --regid=65534 --clear-groups \"$3\" score --quiet --format csv --rules \"$1\" \"$2\""
        let result = try Self.run([stage.appendingPathComponent("Rules/kz").path, directory.path, binary.path], script: script)
        #expect(result.status == 2, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n")
        try #require(rows.count == 3)
        #expect(rows[1].hasPrefix("\(locked),,error,") && rows[1].hasSuffix("\(locked): is a directory and cannot be listed: Permission denied"))
        #expect(rows[2].hasPrefix("\(directory.path)/open.yaml,rally-late-notice-2024,ok,"))
    }

    /// A name that is not valid UTF-8 is scored, and shown with its bad bytes escaped.
    @Test func aFileNameThatIsNotUTF8IsReadAndShownEscaped() throws {
        let directory = try CLI.temporaryDirectory([:])
        let name: [UInt8] = Array("f\u{0438}le-".utf8) + [0xFF, 0xE9] + Array("\\x.yaml".utf8)
        let path = Array(directory.path.utf8) + [UInt8(ascii: "/")] + name
        let data = try Array(Data(Self.caseText.utf8))
        let fd = open(path.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(fd >= 0)
        #expect(write(fd, data, data.count) == data.count)
        close(fd)
        let shown = directory.path + "/f\u{0438}le-\\xFF\\xE9\\\\x.yaml"
        // Control characters are escaped too: a raw line break would split the CSV row.
        try Self.caseText.write(toFile: directory.path + "/line\nbreak\u{1B}[31m.yaml", atomically: false, encoding: .utf8)
        let walked = try CLI.run(["score", "--quiet", "--format", "csv", directory.path])
        #expect(walked.status == 0, "\(walked.stderr)")
        #expect(walked.stdout.contains(shown + ",rally-late-notice-2024,ok,"))
        #expect(walked.stdout.contains(directory.path + "/line\\x0Abreak\\x1B[31m.yaml,rally-late-notice-2024,ok,"))
        #expect(walked.stdout.split(separator: "\n").count == 3)
        // The same name as an argument and on standard input: Swift decodes both as UTF-8,
        // so the shell makes the bytes (octal escapes) and the CLI must recover them.
        let format = "%s/f\\320\\270le-\\377\\351\\134x.yaml"
        for script in ["exec \"$0\" score --quiet --format csv \"$(printf '\(format)' \"$1\")\"", "printf '\(format)\\n' \"$1\" | exec \"$0\" score --quiet --format csv -"] {
            let result = try Self.run([directory.path], script: script)
            #expect(result.status == 0, "\(script)")
            #expect(result.stdout.contains(shown + ",rally-late-notice-2024,ok,"), "\(script): \(result.stdout)")
        }
        let assessed = try Self.run([directory.path], script: "exec \"$0\" assess --format json \"$(printf '\(format)' \"$1\")\"")
        #expect(assessed.status == 0, "\(assessed.stderr)")
        #expect(assessed.stdout.contains("rally-late-notice-2024"))
    }

    // MARK: - Special input files

    @Test func aFIFONamedLikeACaseIsRefusedAndTheBatchGoesOn() throws {
        let directory = try CLI.temporaryDirectory(["good.yaml": try Self.caseText])
        let fifo = directory.appendingPathComponent("a-fifo.yaml").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let result = try GuardedCLI.run(["score", "--quiet", "--format", "csv", directory.path])
        #expect(!result.hung)
        #expect(result.status == 2)
        let rows = result.stdout.split(separator: "\n")
        #expect(rows.count == 3)
        #expect(rows[1].hasPrefix("\(fifo),,error,") && rows[1].contains("is a FIFO (named pipe), not a regular file"))
        #expect(rows[2].contains("good.yaml,rally-late-notice-2024,ok,"))
        let assessed = try GuardedCLI.run(["assess", fifo])
        #expect(!assessed.hung && assessed.status == 2)
        #expect(assessed.firstStderrLine == "\(fifo): error: is a FIFO (named pipe), not a regular file; it is not read, as reading it could wait for ever")
    }

    // MARK: - Standard output that cannot be written

    @Test(arguments: [
        ["score", "--quiet", "Cases/assembly"],
        ["assess", caseFile],
        ["test", "--quiet", "Cases/assembly"],
        ["check"],
    ])
    func standardOutputOnAFullDeviceIsExitTwo(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try Self.run(arguments, standardOutput: full)
        #expect(result.status == 2)
        #expect(result.stderr.contains("standard output: error: cannot write (No space left on device)"))
    }

    // MARK: - --output naming something other than a regular file

    @Test func outputOnADeviceWritesInPlaceAndLeavesTheDevice() throws {
        let result = try CLI.run(["score", "--quiet", "--output", "/dev/full", "Cases/assembly"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/dev/full: error: cannot write (No space left on device)"))
        #expect(Self.mode("/dev/full") & S_IFMT == S_IFCHR)
        let null = try CLI.run(["score", "--quiet", "--output", "/dev/null", "Cases/assembly"])
        #expect(null.status == 0)
        #expect(Self.mode("/dev/null") & S_IFMT == S_IFCHR)
    }

    @Test func outputOnAFIFOWritesIntoIt() throws {
        let directory = try CLI.temporaryDirectory([:])
        let fifo = directory.appendingPathComponent("report.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let received = Pipe()
        reader.standardOutput = received
        try reader.run()
        let result = try CLI.run(["score", "--quiet", "--format", "csv", "--output", fifo, Self.caseFile])
        let text = String(decoding: received.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(text.hasPrefix("path,case,status,"))
        #expect(text.contains("\(Self.caseFile),rally-late-notice-2024,ok,"))
        #expect(Self.mode(fifo) & S_IFMT == S_IFIFO)
        #expect(try Self.partialFiles(in: directory).isEmpty)
    }

    @Test func outputOnAFIFOThatNobodyReadsIsAnErrorNotAHang() throws {
        let directory = try CLI.temporaryDirectory([:])
        let fifo = directory.appendingPathComponent("report.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try GuardedCLI.run(["score", "--quiet", "--output", fifo, Self.caseFile])
        #expect(!result.hung && result.status == 2)
        #expect(result.firstStderrLine == "\(fifo): error: no process is reading this FIFO; nothing is written")
        #expect(Self.mode(fifo) & S_IFMT == S_IFIFO)
    }

    @Test func outputOnADirectoryIsRefused() throws {
        let directory = try CLI.temporaryDirectory(["keep.txt": "kept"])
        let result = try CLI.run(["score", "--quiet", "--output", directory.path, Self.caseFile])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(directory.path): error: not a regular file, character device or FIFO"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["keep.txt"])
    }

    @Test func outputThroughASymbolicLinkReplacesTheTargetAndKeepsItsMode() throws {
        let directory = try CLI.temporaryDirectory(["reports/scores.csv": "old"])
        let target = directory.appendingPathComponent("reports/scores.csv").path
        let link = directory.appendingPathComponent("latest.csv").path
        #expect(chmod(target, 0o640) == 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "reports/scores.csv")
        let result = try CLI.run(["score", "--quiet", "--format", "csv", "--output", link, Self.caseFile])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "reports/scores.csv")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("path,case,status,"))
        #expect(Self.mode(target) & 0o7777 == 0o640)
        // A link whose target does not exist yet: the target is created, the link kept.
        let dangling = directory.appendingPathComponent("next.csv").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "reports/next.csv")
        #expect(try CLI.run(["score", "--quiet", "--format", "csv", "--output", dangling, Self.caseFile]).status == 0)
        #expect(Self.mode(dangling) & S_IFMT == S_IFREG)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dangling) == "reports/next.csv")
        #expect(try Self.partialFiles(in: directory).isEmpty && Self.partialFiles(in: directory.appendingPathComponent("reports")).isEmpty)
    }

    /// A file-size limit makes writes fail as a full disk does (EFBIG for ENOSPC): exit 2, a
    /// message, the old report untouched, no temporary file.
    @Test func outputThatCannotBeWrittenToTheEndLeavesTheOldFileAndNoPartial() throws {
        let directory = try CLI.temporaryDirectory(["scores.jsonl": "old report\n"])
        let output = directory.appendingPathComponent("scores.jsonl").path
        let result = try Self.run([output], script: "ulimit -f 8 && exec \"$0\" score --quiet --format jsonl --output \"$1\" Cases")
        #expect(result.exited && result.status == 2)
        #expect(result.stderr.contains("\(output): error: cannot write the file; it is left as it was (File too large)"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "old report\n")
        #expect(try Self.partialFiles(in: directory).isEmpty)
    }

    /// A 64 KB tmpfs, where the machine lets this process mount one (root with CAP_SYS_ADMIN).
    static let tinyFileSystem: URL? = {
        guard getuid() == 0, let directory = try? CLI.temporaryDirectory([:]) else { return nil }
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=64k", "tmpfs", directory.path]
        mount.standardError = FileHandle.nullDevice
        guard (try? mount.run()) != nil else { return nil }
        mount.waitUntilExit()
        return mount.terminationStatus == 0 ? directory : nil
    }()

    @Test(.enabled(if: tinyFileSystem != nil))
    func outputOnAFullFileSystemIsExitTwoAndLeavesNothingPartial() throws {
        let directory = try #require(Self.tinyFileSystem)
        defer {
            let umount = Process()
            umount.executableURL = URL(fileURLWithPath: "/bin/umount")
            umount.arguments = [directory.path]
            try? umount.run()
            umount.waitUntilExit()
        }
        let output = directory.appendingPathComponent("scores.jsonl").path
        try "old report\n".write(toFile: output, atomically: false, encoding: .utf8)
        let result = try CLI.run(["score", "--quiet", "--format", "jsonl", "--output", output, "Cases"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(output): error: cannot write the file; it is left as it was (No space left on device)"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "old report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["scores.jsonl"])
    }

    // MARK: - Signals

    @Test(arguments: [SIGINT, SIGHUP, SIGQUIT, SIGTERM])
    func aSignalDuringScoreLeavesNoTemporaryFile(signalNumber: Int32) throws {
        let directory = try CLI.temporaryDirectory([:])
        let output = directory.appendingPathComponent("scores.csv")
        let process = Process()
        // Through a shell that execs civiclex (same process) with core dumps off: SIGQUIT's
        // default action would otherwise leave a core file in the repository.
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -c 0; exec \"$0\" \"$@\"", CLI.executable.path, "score", "--quiet", "--format", "csv", "--output", output.path, "-"]
        process.currentDirectoryURL = CLI.root
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A case scored, then the run waits for more paths on standard input.
        input.fileHandleForWriting.write(Data("\(Self.caseFile)\n".utf8))
        var partial: [String] = []
        for _ in 0..<200 where partial.isEmpty {
            partial = try Self.partialFiles(in: directory)
            if partial.isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(partial.count == 1, "the run should be writing to a temporary file")
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signalNumber)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
