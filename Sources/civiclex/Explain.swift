import ArgumentParser
import CivicLex

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Trace one rule on one case: the facts, parameter values and dates behind its outcome.")

    @OptionGroup var ruleOptions: RuleOptions

    @Option(name: .long, help: "The rule to explain, e.g. KZ-ASM-001.", completion: .custom(RuleCompletion.ruleIDs))
    var rule: String

    @Argument(help: ArgumentHelp("The case file.", valueName: "case"), completion: .file(extensions: ["yaml", "yml"]))
    var path: String

    func run() throws {
        let law = try ruleOptions.load()
        guard let selected = law.rule(rule) else {
            let hint = Suggestion.hint(for: rule, in: law.rules.map(\.id))
            Terminal.printError("error: unknown rule \(rule)\(hint)")
            throw ExitCode(2)
        }
        guard let scenario = Case.load(path, law: law, limits: ruleOptions.inputLimits) else { throw ExitCode(2) }
        let language = try ruleOptions.language(for: law)
        let assessment = ruleOptions.evaluator(for: law, language: language).assess(scenario, trace: true, ruleIDs: [selected.id])
        try Terminal.write(ExplainReport.render(assessment, rule: selected, law: law, language: language))
    }

}
