import ArgumentParser
import CivicLex

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules (id, area, title, citation, status), or show one rule with the facts and parameters it reads.")

    @OptionGroup var ruleOptions: RuleOptions

    @Option(name: .long, help: ArgumentHelp("Only rules of this area.", valueName: "area"), completion: .custom(RuleCompletion.areaIDs))
    var area: String?

    @Argument(help: ArgumentHelp("A rule id to show in full.", valueName: "rule"), completion: .custom(RuleCompletion.ruleIDs))
    var ruleID: String?

    func run() throws {
        let law = try ruleOptions.load()
        let language = try ruleOptions.language(for: law)
        if let area, law.area(area) == nil {
            Terminal.printError("error: unknown area `\(area)`" + Suggestion.hint(for: area, in: law.areas.map(\.id)) + " (areas: \(law.areas.map(\.id).joined(separator: ", ")))")
            throw ExitCode.validationFailure
        }
        if let ruleID {
            let versions = law.rules.filter { $0.id == ruleID }
            guard !versions.isEmpty else {
                Terminal.printError("error: unknown rule \(ruleID)" + Suggestion.hint(for: ruleID, in: law.rules.map(\.id)))
                throw ExitCode(2)
            }
            if let area, let ruleArea = versions.first?.area, ruleArea != area {
                // Shown anyway, the rule would look like part of the area asked for.
                Terminal.printError("error: rule \(ruleID) is in area `\(ruleArea)`, not `\(area)`; drop --area or name a rule of that area")
                throw ExitCode.validationFailure
            }
            try Terminal.write(RuleListing.detail(versions, law: law, language: language))
        } else {
            try Terminal.write(RuleListing.table(law.rules.filter { area == nil || $0.area == area }, law: law, language: language))
        }
    }
}
