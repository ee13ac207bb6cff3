import CivicLex
import YAMLSource
import Foundation

/// The text of `civiclex --version [--rules DIR]`: the tool, then the rule set it would use.
enum VersionText {
    static func describe(arguments: [String]) -> String {
        var explicit: String?
        if let index = arguments.firstIndex(of: "--rules"), index + 1 < arguments.count { explicit = arguments[index + 1] }
        let directory = RuleSetLocator.directory(explicit: explicit)
        var text = "civiclex \(CivicLexVersion.tool)\n"
        if let law = try? LawLoader.load(directory: directory) {
            text += "rules: \(law.editionDescription) (\(English.count(law.rules.count, "rule"))) in \(directory)"
        } else {
            text += "rules: none loaded from \(directory) (run `civiclex check --rules DIR` to see why)"
        }
        return text
    }
}
