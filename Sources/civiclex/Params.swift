import ArgumentParser
import CivicLex
import Foundation

struct Params: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "params", abstract: "Show parameters and their dated history with sources.")

    @OptionGroup var ruleOptions: RuleOptions

    @Argument(help: ArgumentHelp("A parameter name (or a prefix); all parameters when omitted.", valueName: "name"), completion: .custom(RuleCompletion.parameterNames))
    var name: String?

    func run() throws {
        let law = try ruleOptions.load()
        _ = try ruleOptions.language(for: law)
        let selected = law.parameters.filter { name == nil || $0.name == name || $0.name.hasPrefix(name! + ".") }
        guard !selected.isEmpty else {
            Terminal.printError("error: no parameter named \(name ?? "")" + Suggestion.hint(for: name ?? "", in: law.parameters.map(\.name)))
            throw ExitCode(2)
        }
        for parameter in selected {
            let status = parameter.status == .verified ? "" : " [\(parameter.status.rawValue)]"
            print("\(parameter.name)\(status): \(parameter.description)\(parameter.unit.map { " (\($0))" } ?? "")")
            if let citation = parameter.citation { print("  source: \(citation.formatted(in: law.sources))") }
            for value in parameter.values {
                let period = "\(value.from) … \(value.to.map(\.description) ?? "")"
                let valueStatus = value.status == .verified ? "" : " [\(value.status.rawValue)]"
                print("  \(period.padding(toLength: 26, withPad: " ", startingAt: 0)) \(Formatting.value(value.value, type: parameter.type))\(valueStatus)")
                if let citation = value.citation { print("      \(citation.formatted(in: law.sources))\(citation.link(in: law.sources).map { " — \($0)" } ?? "")") }
                if let note = value.note { print("      note: \(note)") }
            }
            let users = law.rules.filter { rule in
                ([rule.violation] + [rule.applies, rule.at].compactMap { $0 }).contains { $0.references.contains("param." + parameter.name) }
            }
            if !users.isEmpty { print("  used by: \(Array(Set(users.map(\.id))).sorted().joined(separator: ", "))") }
            let amendments = law.amendments.filter { $0.parameters.contains(parameter.name) }
            if !amendments.isEmpty { print("  amended by: " + amendments.map { "\($0.id) (\($0.effective), \($0.status.rawValue))" }.joined(separator: ", ")) }
            let proposals = LawLoader.amendmentFiles(in: law.directory).filter { path in
                (try? String(contentsOfFile: path, encoding: .utf8)).map { $0.contains("  \(parameter.name):") && !$0.contains("status: enacted") } ?? false
            }
            if !proposals.isEmpty { print("  touched by proposals: " + proposals.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")) }
            print()
        }
    }
}
