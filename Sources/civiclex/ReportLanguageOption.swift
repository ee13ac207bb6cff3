import ArgumentParser
import CivicLex
import Foundation
import SystemPackage

extension RuleOptions {
    /// `--lang`, then `$CIVICLEX_LANG`, then English.
    var languageCode: String {
        if let lang { return lang }
        if let code = ProcessInfo.processInfo.environment["CIVICLEX_LANG"], !code.isEmpty { return code }
        return "en"
    }

    /// The report language for `law`: its message catalogue (`<rules>/../lang/<code>.yaml`, else
    /// the bundled one) and the law's texts in it. A bad catalogue or text file exits 2.
    func language(for law: Law) throws -> ReportLanguage {
        let code = languageCode
        guard code != "en" else { return .english }
        guard code.range(of: "^[a-z]{2,3}(-[A-Za-z0-9]+)?$", options: .regularExpression) != nil else {
            throw ValidationError("--lang must be a language code such as en, ru or kk, got '\(code)'.")
        }
        let candidates = [law.directory] + (RuleSetLocator.bundled().map { [$0] } ?? [])
        let catalogue = candidates
            // FilePath, not NSString: swift-corelibs-foundation traps on a one-character path (`--rules k`).
            .map { FilePath($0).removingLastComponent().appending("lang").appending(code + ".yaml").string }
            .first { FileManager.default.fileExists(atPath: $0) }
        guard let catalogue else {
            Terminal.printError("error: no message catalogue for language `\(code)` (looked for lang/\(code).yaml beside the rule set)")
            throw ExitCode(2)
        }
        do {
            let messages = try Messages.load(path: catalogue, code: code, limits: limits)
            let texts = try LawTexts.load(for: law, code: code, limits: limits)
            return ReportLanguage(messages: messages, texts: texts)
        } catch {
            Terminal.report(error.diagnostics)
            throw ExitCode(2)
        }
    }
}
