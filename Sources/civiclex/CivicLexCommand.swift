import ArgumentParser

@main
struct CivicLexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "civiclex",
        abstract: "Assess civil-society scenarios against the law in force, with cited findings and scores.",
        discussion: """
            Rules default to the bundled Kazakhstan set (Rules/kz). Exit codes: 0 ok; 1 findings at or \
            above --fail-on (or failed expectations); 2 bad input or bad rules.
            """,
        version: "0.1.0",
        subcommands: [Check.self, Assess.self, Explain.self, TestCases.self, Score.self, Compare.self, TimelineCommand.self, Params.self, CalendarCommand.self]
    )
}
