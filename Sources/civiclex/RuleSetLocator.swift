import Foundation

/// Finds the bundled rule set without depending on the working directory or on where the
/// sources were compiled: an installed binary reads `PREFIX/share/civiclex/rules/kz`, a build
/// inside a checkout reads the checkout's `Rules/kz`.
enum RuleSetLocator {
    static let installedRelativePath = "share/civiclex/rules/kz"
    static let checkoutRelativePath = "Rules/kz"

    /// The running executable with symbolic links resolved (so a link in `~/bin` still finds
    /// the prefix it points into).
    static var executable: URL? {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? Bundle.main.executablePath
        return path.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath() }
    }

    /// `--rules`, then `$CIVICLEX_RULES`, then the bundled set beside the executable.
    static func directory(explicit: String?) -> String {
        if let explicit { return explicit }
        if let fromEnvironment = ProcessInfo.processInfo.environment["CIVICLEX_RULES"], !fromEnvironment.isEmpty { return fromEnvironment }
        return bundled() ?? "(no bundled rule set: pass --rules DIR or set CIVICLEX_RULES)"
    }

    /// `../share/civiclex/rules/kz` from the executable's directory, or `Rules/kz` in a checkout
    /// that contains the executable (`.build/<triple>/debug/civiclex`).
    static func bundled() -> String? {
        guard let binDirectory = executable?.deletingLastPathComponent() else { return nil }
        let installed = binDirectory.deletingLastPathComponent().appendingPathComponent(installedRelativePath)
        if isRuleSet(installed) { return installed.path }
        var directory = binDirectory
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent(checkoutRelativePath)
            if isRuleSet(candidate) { return candidate.path }
            directory.deleteLastPathComponent()
        }
        return nil
    }

    private static func isRuleSet(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("facts.yaml").path)
    }
}
