public import ArgumentParser
import CivicLex

// The library's report formats, as command-line values.
extension ScoreTable.Format: ExpressibleByArgument {}
extension ComparisonOutput.Format: ExpressibleByArgument {}
extension TimelineReport.Format: ExpressibleByArgument {}

/// `civiclex score` rows are rendered by the library's ``ScoreTable``.
extension ScoreRow: ScoredCase {}
