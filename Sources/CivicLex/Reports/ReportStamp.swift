internal import Foundation

/// What a forwarded report says about its own making: when, by which tool, on which rule set.
public struct ReportStamp: Sendable {
    public let generatedOn: Day
    public let tool: String
    public let rules: String

    public init(generatedOn: Day, tool: String = CivicLexVersion.tool, rules: String) {
        self.generatedOn = generatedOn
        self.tool = tool
        self.rules = rules
    }

    /// Today (UTC), or the day `$SOURCE_DATE_EPOCH` names, so reports can be reproduced byte for byte.
    public static func now(law: Law, language: ReportLanguage = .english) -> ReportStamp {
        let seconds = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) ?? Date().timeIntervalSince1970
        return ReportStamp(generatedOn: Day(ordinal: Int((seconds / 86_400).rounded(.down))), rules: language.edition(law))
    }

    public var sentence: String { sentence(.english) }

    public func sentence(_ language: ReportLanguage) -> String {
        language.messages("stamp.sentence", ["date": language.date(generatedOn), "tool": tool, "rules": rules])
    }
}
