import ArgumentParser
import CivicLex
import Foundation

struct NewCase: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Print a case skeleton: every fact the chosen areas' rules read, commented with its meaning and values.",
        discussion: "The skeleton loads as printed (every fact empty, so unknown). Redirect it to a file and fill it in: civiclex new --areas assembly > my-case.yaml")

    @OptionGroup var ruleOptions: RuleOptions

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Areas whose rules the case is for; all areas when omitted.", valueName: "area"),
            completion: .custom(RuleCompletion.areaIDs))
    var areas: [String] = []

    @Option(name: .long, help: ArgumentHelp("Date of assessment (YYYY-MM-DD); the default is today.", valueName: "date"))
    var asOf: String?

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil { throw ValidationError("--as-of must be a real date in YYYY-MM-DD form, got '\(asOf)'.") }
    }

    func run() throws {
        let law = try ruleOptions.load()
        let language = try ruleOptions.language(for: law)
        // Empty names kept, so `--areas ""` is an unknown area rather than every area.
        let chosen = areas.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        for area in chosen where law.area(area) == nil {
            // Known only once the rules are loaded, so reported here rather than in validate().
            Terminal.printError("error: unknown area `\(area)`" + Suggestion.hint(for: area, in: law.areas.map(\.id)) + " (areas: \(law.areas.map(\.id).joined(separator: ", ")))")
            throw ExitCode.validationFailure
        }
        let date = asOf.flatMap { Day(iso: $0) } ?? TimelineCommand.today
        try Terminal.write(CaseTemplate.render(law: law, areas: chosen.isEmpty ? nil : chosen, asOf: date, schemaPath: Self.schemaPath(rules: ruleOptions.directory()), language: language))
    }

    /// The case schema shipped two levels above the rule set (`schema/` in a checkout,
    /// `share/civiclex/schema/` when installed), if it is there.
    static func schemaPath(rules: String) -> String? {
        let url = URL(fileURLWithPath: rules).standardizedFileURL.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("schema/case.schema.json")
        return FileManager.default.fileExists(atPath: url.path) ? url.path : nil
    }
}
