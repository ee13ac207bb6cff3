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
        let m = language.messages
        let counts = [
            m.plural("check.facts", count: law.schema.facts.count, ["count": String(law.schema.facts.count)]),
            m.plural("check.sources", count: law.sources.count, ["count": String(law.sources.count)]),
            m.plural("check.parameters", count: law.parameters.count, ["count": String(law.parameters.count)]),
            m.plural("rules.count", count: law.rules.count, ["count": String(law.rules.count)]),
            m.plural("check.sanctions", count: law.sanctions.count, ["count": String(law.sanctions.count)]),
            m.plural("check.indicators", count: law.indicators.count, ["count": String(law.indicators.count)]),
        ]
        let unverified = law.rules.filter { $0.status != .verified }.count
        let marks = ["partly": language.status(.partly), "unverified": language.status(.unverified)]
        print(m("check.ok", ["directory": options.directory(), "edition": language.edition(law), "counts": counts.joined(separator: ", ")]))
        if !proposals.isEmpty { print(m.plural("check.proposals", count: proposals.count, ["count": String(proposals.count)])) }
        if unverified > 0 { print(m.plural("check.rules_marked", count: unverified, marks.merging(["count": String(unverified)]) { $1 })) }
        // A sanction part counts once, whether the mark is on the part or on one of its versions.
        let doubtful = law.sanctions.values.filter { $0.status != .verified || $0.versions.contains { $0.status != .verified } }.map(\.id).sorted()
        if !doubtful.isEmpty {
            print(m.plural("check.sanctions_marked", count: doubtful.count, marks.merging(["count": String(doubtful.count), "ids": doubtful.joined(separator: ", ")]) { $1 }))
        }
    }
}
