import CivicLex
import Foundation
import Testing

/// Batch scoring counts outcomes through `Evaluator.tally`, which skips every text; it must
/// reach exactly the outcomes and scores of the full assessment, versions merged alike.
@Suite struct TallyTests {
    static let casePaths: [String] = {
        var paths = BundledCasesTests.casePaths.map { repositoryRoot.appendingPathComponent($0).path }
        let synthetic = repositoryRoot.appendingPathComponent("Tests/Fixtures/synthetic").path
        for name in (try? FileManager.default.contentsOfDirectory(atPath: synthetic)) ?? [] where name.hasSuffix(".yaml") {
            paths.append(synthetic + "/" + name)
        }
        return paths.sorted()
    }()

    /// Dates on either side of each amendment the bundled law dates, so superseded versions merge.
    static let assessmentDates = ["2016-06-01", "2017-03-01", "2018-06-01", "2020-07-01", "2021-01-04", "2024-01-01"].compactMap(Day.init(iso:))

    @Test func thereAreCasesOfBothKinds() {
        #expect(Self.casePaths.count >= BundledCasesTests.casePaths.count + 50)
    }

    @Test(arguments: casePaths)
    func tallyMatchesTheFullAssessment(_ path: String) throws {
        let scenario = try CaseLoader(law: bundledLaw).load(path: path)
        let evaluator = Evaluator(law: bundledLaw)
        for asOf in [scenario.asOf] + Self.assessmentDates {
            let dated = Case(id: scenario.id, title: scenario.title, path: scenario.path, asOf: asOf, areas: scenario.areas, facts: scenario.facts, expectation: nil, notes: nil)
            let full = evaluator.assess(dated)
            let tally = evaluator.tally(dated)
            #expect(tally.outcomes.map(\.ruleIndex) == full.results.map(\.ruleIndex), "\(path) as of \(asOf)")
            #expect(tally.outcomes.map(\.outcome) == full.results.map(\.outcome), "\(path) as of \(asOf)")
            #expect(tally.risk.score == full.risk.score && tally.risk.band == full.risk.band, "\(path) as of \(asOf)")
            #expect(tally.enabling.overall == full.enabling.overall, "\(path) as of \(asOf)")
        }
    }

    @Test func aCaseLimitedToOneAreaTalliesTheOthersAsNotApplicable() throws {
        let path = try #require(Self.casePaths.first { $0.contains("/synthetic/") })
        let loaded = try CaseLoader(law: bundledLaw).load(path: path)
        let scenario = Case(id: loaded.id, title: loaded.title, path: loaded.path, asOf: loaded.asOf, areas: ["assembly"], facts: loaded.facts, expectation: nil, notes: nil)
        let tally = Evaluator(law: bundledLaw).tally(scenario)
        let full = Evaluator(law: bundledLaw).assess(scenario)
        #expect(tally.outcomes.map(\.outcome) == full.results.map(\.outcome))
        for outcome in tally.outcomes where bundledLaw.rules[outcome.ruleIndex].area != "assembly" {
            #expect(outcome.outcome == .notApplicable)
        }
        #expect(tally.outcomes.contains { bundledLaw.rules[$0.ruleIndex].area == "assembly" && $0.outcome != .notApplicable })
    }
}

@Suite struct OrderingTests {
    /// `Outcome` and `Severity` order by a spelled-out rank; it must follow the declaration.
    @Test func outcomesAndSeveritiesOrderAsDeclared() {
        #expect(Outcome.allCases.sorted() == Outcome.allCases)
        #expect(Severity.allCases.sorted() == Severity.allCases)
        #expect(Severity.allCases.map(\.rank) == Array(Severity.allCases.indices))
        #expect(Outcome.violation < .undetermined && Outcome.compliant < .notInForce)
    }
}

@Suite struct EnablingCacheTests {
    /// Scores are cached per segment of the law; on every day they must equal a fresh computation.
    @Test func cachedScoresEqualFreshOnesAcrossTheYears() throws {
        let start = try #require(Day(iso: "2009-01-01")), end = try #require(Day(iso: "2027-12-31"))
        try expectCachedScoresEqualFreshOnes(on: Array(stride(from: start.ordinal, through: end.ordinal, by: 11)))
    }

    /// Scores change only where a parameter's value starts or ends: on the day before, on and
    /// after each such day, met in either order, the cached score equals a fresh one.
    @Test(arguments: [false, true])
    func cachedScoresEqualFreshOnesAroundEveryChangeOfValue(reversed: Bool) throws {
        var days = Set<Int>()
        for parameter in bundledLaw.parameters {
            for value in parameter.values {
                for edge in [value.from.ordinal, value.to.map { $0.ordinal + 1 }].compactMap({ $0 }) {
                    days.formUnion(edge - 1...edge + 1)
                }
            }
        }
        #expect(days.count > 30)
        try expectCachedScoresEqualFreshOnes(on: reversed ? days.sorted(by: >) : days.sorted())
    }

    /// Tallies one case on each day in turn with one evaluator (so its cache fills as it goes)
    /// and compares each score with a fresh evaluator's.
    private func expectCachedScoresEqualFreshOnes(on ordinals: [Int]) throws {
        let evaluator = Evaluator(law: bundledLaw)
        let loaded = try CaseLoader(law: bundledLaw).load(path: repositoryRoot.appendingPathComponent(BundledCasesTests.casePaths[0]).path)
        for ordinal in ordinals {
            let day = Day(ordinal: ordinal)
            let dated = Case(id: loaded.id, title: loaded.title, path: loaded.path, asOf: day, areas: loaded.areas, facts: loaded.facts, expectation: nil, notes: nil)
            let cached = evaluator.tally(dated).enabling
            let fresh = Evaluator(law: bundledLaw).enablingEnvironment(on: day)
            #expect(cached.date == day)
            #expect(cached.overall == fresh.overall && cached.band == fresh.band, "\(day)")
            #expect(cached.areas.map(\.score) == fresh.areas.map(\.score), "\(day)")
            #expect(cached.areas.flatMap(\.indicators).map(\.value) == fresh.areas.flatMap(\.indicators).map(\.value), "\(day)")
        }
    }
}
