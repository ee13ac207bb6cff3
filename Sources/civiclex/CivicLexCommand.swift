import ArgumentParser
import CivicLex

@main
struct CivicLexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "civiclex",
        abstract: "Assess civil-society scenarios against the law in force, with cited findings and scores.",
        discussion: """
            Rules default to $CIVICLEX_RULES, else the bundled Kazakhstan set (installed under \
            share/civiclex/rules/kz beside the binary, or Rules/kz in a source checkout); every \
            command takes --rules DIR. Exit codes: 0 ok; 1 findings at or above --fail-on (or \
            failed expectations); 2 bad input or bad rules.
            """,
        version: CivicLexVersion.tool,
        subcommands: [
            Check.self, Assess.self, Explain.self, TestCases.self, Score.self, Compare.self, TimelineCommand.self, Params.self,
            CalendarCommand.self, RulesCommand.self, SchemaCommand.self, NewCase.self,
        ]
    )

    /// `--version` also names the rule set and its edition, which a static string cannot.
    /// Standard output is checked at exit, and arguments that were not valid UTF-8 reach the
    /// parser with their bytes recovered (see CommandLineBytes), so every path argument works.
    static func main() async {
        CommandLineBytes.noteStandardInput()
        StandardOutputCheck.installAtExit()
        let arguments = CommandLineBytes.restoringUndecodable(Array(CommandLine.arguments.dropFirst()))
        if arguments.first == "--version" {
            print(VersionText.describe(arguments: Array(arguments.dropFirst())))
            return
        }
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
