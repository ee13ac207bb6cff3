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
        let language = try ruleOptions.language(for: law)
        let m = language.messages
        let selected = law.parameters.filter { name == nil || $0.name == name || $0.name.hasPrefix(name! + ".") }
        guard !selected.isEmpty else {
            Terminal.printError("error: no parameter named \(name ?? "")" + Suggestion.hint(for: name ?? "", in: law.parameters.map(\.name)))
            throw ExitCode(2)
        }
        for parameter in selected {
            let status = parameter.status == .verified ? "" : " [\(language.status(parameter.status))]"
            print("\(parameter.name)\(status): \(language.parameterDescription(parameter))\(parameter.unit.map { " (\(Self.unit($0, language)))" } ?? "")")
            if let citation = parameter.citation { print("  " + m("params.source", ["citation": language.citation(citation, in: law.sources)])) }
            for value in parameter.values {
                let period = "\(language.date(value.from)) … \(value.to.map(language.date) ?? "")"
                let valueStatus = value.status == .verified ? "" : " [\(language.status(value.status))]"
                let shown = language.isEnglish ? Formatting.value(value.value, type: parameter.type) : language.value(value.value, type: parameter.type)
                print("  \(period.padding(toLength: 26, withPad: " ", startingAt: 0)) \(shown)\(valueStatus)")
                if let citation = value.citation { print("      \(language.citation(citation, in: law.sources))\(citation.link(in: law.sources).map { " — \($0)" } ?? "")") }
                if let note = value.note { print("      " + m("params.note", ["text": note])) }
            }
            let users = law.rules.filter { rule in
                ([rule.violation] + [rule.applies, rule.at].compactMap { $0 }).contains { $0.references.contains("param." + parameter.name) }
            }
            if !users.isEmpty { print("  " + m("params.used_by", ["rules": Array(Set(users.map(\.id))).sorted().joined(separator: ", ")])) }
            let amendments = law.amendments.filter { $0.parameters.contains(parameter.name) }
            if !amendments.isEmpty { print("  " + m("params.amended_by", ["amendments": amendments.map { "\($0.id) (\(language.date($0.effective)), \(m("params.amendment." + $0.status.rawValue)))" }.joined(separator: ", ")])) }
            let proposals = LawLoader.amendmentFiles(in: law.directory).filter { path in
                (try? String(contentsOfFile: path, encoding: .utf8)).map { $0.contains("  \(parameter.name):") && !$0.contains("status: enacted") } ?? false
            }
            if !proposals.isEmpty { print("  " + m("params.proposals", ["files": proposals.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")])) }
            print()
        }
    }

    /// A unit in the language's catalogue where it has one ("раб. дн."), else as written.
    static func unit(_ unit: String, _ language: ReportLanguage) -> String {
        guard !language.isEnglish, let name = language.unitName(unit) else { return unit }
        return name.trimmingCharacters(in: CharacterSet(charactersIn: "()"))
    }
}
