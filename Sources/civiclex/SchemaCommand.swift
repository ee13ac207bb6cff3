import ArgumentParser
import CivicLex

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (2020-12) of case files or rule files, derived from the rule set.",
        discussion: """
            Point your editor at it: with the YAML language server, a first line \
            `# yaml-language-server: $schema=PATH` in a case file gives completion of fact names, \
            their descriptions and allowed values, and marks unknown facts. The bundled copies are \
            schema/case.schema.json and schema/rules.schema.json (share/civiclex/schema when installed).
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case `case`, rules
    }

    @OptionGroup var ruleOptions: RuleOptions

    @Argument(help: "Which schema: case or rules.")
    var kind: Kind

    func run() throws {
        let law = try ruleOptions.load()
        _ = try ruleOptions.language(for: law)
        switch kind {
        case .case: try Terminal.write(CaseSchema.schema(for: law).rendered())
        case .rules: try Terminal.write(RulesSchema.schema(for: law).rendered())
        }
    }
}
