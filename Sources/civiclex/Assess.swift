import ArgumentParser
import CivicLex

struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Assess case files and print their findings and scores.",
        discussion: "Exit codes: 0 ok; 1 a violation at or above --fail-on; 2 a case or the rules could not be read.")

    @OptionGroup var ruleOptions: RuleOptions

    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Exit 1 when a violation of this severity or higher is found.")
    var failOn: FailThreshold = .never

    @Argument(help: ArgumentHelp("Case files to assess.", valueName: "case"), completion: .file(extensions: ["yaml", "yml"]))
    var cases: [String]

    func validate() throws {
        if cases.isEmpty { throw ValidationError("Name at least one case file.") }
        if format == .html && cases.count > 1 { throw ValidationError("--format html renders one case at a time.") }
    }

    func run() throws {
        let law = try ruleOptions.load()
        let language = try ruleOptions.language(for: law)
        let evaluator = ruleOptions.evaluator(for: law, language: language)
        var badInput = false
        var failing = false
        for path in cases {
            guard let scenario = Case.load(path, law: law, limits: ruleOptions.inputLimits) else {
                badInput = true
                continue
            }
            let assessment = evaluator.assess(scenario)
            switch format {
            case .text: try Terminal.write(TextReport.render(assessment, law: law, language: language) + (cases.count > 1 ? "\n" : ""))
            case .json: try Terminal.write(JSONReport.render(assessment, law: law, language: language) + "\n")
            case .html: try Terminal.write(HTMLReport.assessment(assessment, law: law, language: language))
            }
            if let threshold = failOn.severity,
               assessment.results.contains(where: { $0.outcome == .violation && law.rule(for: $0).severity >= threshold }) {
                failing = true
            }
        }
        if badInput { throw ExitCode(2) }
        if failing { throw ExitCode(1) }
    }
}
