import ArgumentParser
import CivicLex
import YAMLSource

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate and type-check a rule set.")

    @OptionGroup var ruleOptions: RuleOptions

    @Argument(help: ArgumentHelp("Rule-set directory, the same as --rules.", valueName: "rules"), completion: .directory)
    var directory: String?

    func validate() throws {
        if directory?.isEmpty == true { throw ValidationError("The <rules> argument names no directory.") }
        if let directory, let rules = ruleOptions.rules, directory != rules {
            throw ValidationError("Name the rule set once: --rules \(rules) and \(directory) disagree.")
        }
    }

    func run() throws {
        var options = ruleOptions
        if let directory { options.rules = directory }
        let law = try options.load()
        // An unknown language is refused before any proposal is read in it.
        let language = try options.language(for: law)
        Terminal.report(options.inputLimits.strict ? law.warnings.map(\.asError) : law.warnings)
        if options.inputLimits.strict, !law.warnings.isEmpty { throw ExitCode(2) }
        // Drafts and proposals are not part of the law, but each must load over it.
        var proposalsFailed = false
        let proposals = LawLoader.proposalFiles(in: options.directory(), limits: options.limits)
        for path in proposals {
            do {
                let withProposal = try LawLoader.load(directory: options.directory(), amendments: .init(extra: [path]), limits: options.limits)
                // The rules a proposal adds need their texts too (`lang/<code>/amendments/<file>`).
                if options.languageCode != "en" {
                    let missing = try LawTexts.load(for: withProposal, code: options.languageCode, limits: options.limits)
                        .missingEntries(in: withProposal, limits: options.limits).filter { $0.path == path }
                    Terminal.report(missing)
                    if !missing.isEmpty { proposalsFailed = true }
                }
            } catch {
                // The base set's warnings were shown above; only the proposal's errors here.
                Terminal.report(error.diagnostics.filter { $0.severity != .warning })
                proposalsFailed = true
            }
        }
        // --lang (or $CIVICLEX_LANG): every entry must have its text in that language.
        if options.languageCode != "en" {
            let missing = language.texts?.missingEntries(in: law, limits: options.limits) ?? []
            let catalogue = language.messages.missingKeys
            Terminal.report(missing)
            if !catalogue.isEmpty { Terminal.printError("error: the `\(language.code)` message catalogue lacks: \(catalogue.joined(separator: ", "))") }
            if !missing.isEmpty || !catalogue.isEmpty { throw ExitCode(2) }
        }
        if proposalsFailed { throw ExitCode(2) }
        let counts = [
            English.count(law.schema.facts.count, "fact"), English.count(law.sources.count, "source"), English.count(law.parameters.count, "parameter"),
            English.count(law.rules.count, "rule"), English.count(law.sanctions.count, "sanction"), English.count(law.indicators.count, "indicator"),
        ]
        let unverified = law.rules.filter { $0.status != .verified }.count
        print("\(options.directory()): ok (\(law.editionDescription)): \(counts.joined(separator: ", "))")
        if !proposals.isEmpty { print(English.count(proposals.count, "proposal") + " checked against it") }
        if unverified > 0 { print(English.count(unverified, "rule") + " marked partly or unverified") }
        // A sanction part counts once, whether the mark is on the part or on one of its versions.
        let doubtful = law.sanctions.values.filter { $0.status != .verified || $0.versions.contains { $0.status != .verified } }.map(\.id).sorted()
        if !doubtful.isEmpty { print(English.count(doubtful.count, "sanction part") + " marked partly or unverified: " + doubtful.joined(separator: ", ")) }
    }
}
