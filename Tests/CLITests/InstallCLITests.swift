import Foundation
import Testing

/// The binary finds its rule set beside itself, not through the working directory or the
/// path it was compiled from; flags mean the same on every command.
@Suite(.serialized) struct InstallCLITests {
    /// A prefix laid out as scripts/install.sh lays it out, with a copy of the built binary.
    static func installedCopy(withRules: Bool) throws -> URL {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("civiclex-prefix-\(UUID().uuidString)")
        let bin = prefix.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.executable, to: bin.appendingPathComponent("civiclex"))
        if withRules {
            let share = prefix.appendingPathComponent("share/civiclex/rules")
            try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Rules/kz"), to: share.appendingPathComponent("kz"))
        }
        return prefix
    }

    static func run(_ binary: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(arguments, in: directory, environment: environment, binary: binary)
    }

    @Test func anInstalledCopyReadsTheRulesBesideIt() throws {
        let prefix = try Self.installedCopy(withRules: true)
        defer { try? FileManager.default.removeItem(at: prefix) }
        let binary = prefix.appendingPathComponent("bin/civiclex")
        let elsewhere = FileManager.default.temporaryDirectory
        let check = try Self.run(binary, ["check"], in: elsewhere)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasPrefix(prefix.appendingPathComponent("share/civiclex/rules/kz").path))
        let version = try Self.run(binary, ["--version"], in: elsewhere)
        #expect(version.stdout.contains("civiclex 0."))
        #expect(version.stdout.contains("Kazakhstan (CSO legal environment) 2026.11 of 2026-11-29"))
        // A symbolic link elsewhere (~/bin/civiclex) still finds the prefix it points into.
        let link = prefix.appendingPathComponent("link/civiclex")
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: binary)
        #expect(try Self.run(link, ["check"], in: elsewhere).status == 0)
    }

    @Test func aBinaryWithoutRulesSaysHowToNameThem() throws {
        let prefix = try Self.installedCopy(withRules: false)
        defer { try? FileManager.default.removeItem(at: prefix) }
        let binary = prefix.appendingPathComponent("bin/civiclex")
        // Run from inside the checkout: the working directory must not supply the rules.
        let result = try Self.run(binary, ["check"], in: CLI.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("pass --rules DIR or set CIVICLEX_RULES"))
        let overridden = try Self.run(binary, ["check"], in: CLI.root, environment: ["CIVICLEX_RULES": CLI.root.appendingPathComponent("Rules/kz").path])
        #expect(overridden.status == 0, "\(overridden.stderr)")
        let flag = try Self.run(binary, ["rules", "--rules", CLI.root.appendingPathComponent("Rules/kz").path], in: CLI.root)
        #expect(flag.status == 0, "\(flag.stderr)")
    }

    @Test func checkTakesRulesLikeEveryOtherCommand() throws {
        let result = try CLI.run(["check", "--rules", "Rules/kz"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Rules/kz: ok"))
        let both = try CLI.run(["check", "--rules", "Rules/kz", "/tmp"])
        #expect(both.status == 64)
        for command in ["check", "assess", "explain", "test", "score", "compare", "timeline", "params", "rules", "schema", "new"] {
            let help = try CLI.run([command, "--help"])
            #expect(help.stdout.contains("--rules <dir>"), "\(command) lacks --rules")
        }
    }

    @Test(arguments: ["test", "compare"])
    func noSilentDefaultDirectory(_ command: String) throws {
        let arguments = command == "compare" ? ["compare", "--from", "2020-01-01", "--to", "2021-01-01"] : ["test"]
        let elsewhere = try CLI.run(arguments, in: FileManager.default.temporaryDirectory)
        #expect(elsewhere.status == 64)
        #expect(elsewhere.stderr.contains("there is no ./Cases directory here"))
        let here = try CLI.run(arguments + (command == "test" ? ["--quiet"] : []))
        #expect(here.status == 0, "\(here.stderr)")
        #expect(here.stderr.contains("no path given; reading ./Cases"))
    }

    @Test func helpStatesEachDefaultOnce() throws {
        for command in ["check", "assess", "explain", "test", "score", "compare", "timeline", "params", "rules", "schema", "new"] {
            let help = try CLI.run([command, "--help"]).stdout
            // Joined so that a default wrapped onto the next line is seen too.
            let text = help.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            for sentence in text.components(separatedBy: "--").dropFirst() {
                let count = sentence.components(separatedBy: "(default").count - 1
                #expect(count <= 1, "\(command): \(sentence)")
                #expect(!sentence.contains("default: the number of cores). (default"), "\(command)")
            }
            if command == "timeline" { #expect(help.components(separatedBy: "2015-01-01").count == 2, "--from's default stated once") }
        }
    }

    /// The real script, end to end: a fresh clone installed and then deleted leaves a working
    /// `civiclex`. It builds in release mode (minutes), so it runs when CIVICLEX_TEST_INSTALL=1.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CIVICLEX_TEST_INSTALL"] == "1"))
    func installScriptLeavesAWorkingToolAfterTheCloneIsDeleted() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("civiclex-install-\(UUID().uuidString)")
        let clone = base.appendingPathComponent("clone"), prefix = base.appendingPathComponent("prefix")
        defer { try? FileManager.default.removeItem(at: base) }
        func shell(_ command: String, in directory: URL) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", command]
            process.currentDirectoryURL = directory
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        #expect(try shell("git clone -q \"\(CLI.root.path)\" clone", in: base) == 0)
        #expect(try shell("bash scripts/install.sh \"\(prefix.path)\" >/dev/null 2>&1", in: clone) == 0)
        try FileManager.default.removeItem(at: clone)
        let binary = prefix.appendingPathComponent("bin/civiclex")
        #expect(try Self.run(binary, ["check"], in: base).status == 0)
        for file in ["share/man/man1/civiclex.1", "share/bash-completion/completions/civiclex", "share/zsh/site-functions/_civiclex",
                     "share/fish/vendor_completions.d/civiclex.fish", "share/civiclex/schema/case.schema.json"] {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file) not installed")
        }
    }
}
