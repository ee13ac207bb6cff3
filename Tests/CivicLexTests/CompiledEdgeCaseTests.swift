@testable import CivicLex
import Testing

/// Edge cases of the compiled code, each checked against the interpreter and against the
/// value the language promises.
@Suite struct CompiledEdgeCaseTests {
    static let grantFacts = """
        facts:
          grants:
            type: list
            description: Grants
            fields:
              amount: {type: integer}
              share: {type: decimal}
        """

    static let law: Law = {
        do {
            return try LawLoader.load(directory: MiniLaw.directory(rules: MiniLaw.rule("org.flag"), extra: grantFacts))
        } catch {
            fatalError("mini law must load:\n\(error)")
        }
    }()

    static var grantType: RecordType {
        guard case .list(.record(let type))? = law.schema.definition(of: "grants")?.type else { fatalError("grants is a list of records") }
        return type
    }

    static func grant(_ number: Int, amount: Int?, share: Double? = nil) -> Value {
        .record(Record(type: grantType, fields: [amount.map(Value.integer), share.map(Value.number)], label: "grants[\(number)]"))
    }

    /// Compiles `text` against the mini law and evaluates it both ways on `facts`.
    static func evaluate(_ text: String, _ facts: [String: Value], budget: Int = 1_000_000, recordsMissing: Bool = true) throws -> CompiledDifferentialTests.Outcome {
        var parameters: [String: (index: Int, type: ValueType)] = [:]
        for (index, parameter) in law.parameters.enumerated() { parameters[parameter.name] = (index, parameter.type) }
        let expression = try TypeChecker.compile(text, scope: Scope(schema: law.schema, parameters: parameters))
        var slots = [Value?](repeating: nil, count: law.schema.facts.count)
        for (path, value) in facts { slots[try #require(law.schema.slot(of: path))] = value }
        let day = Day(iso: "2021-06-01")!
        var context = EvaluationContext(facts: slots, runtime: law.runtime, asOf: day, lawDate: day, budget: budget)
        context.recordsMissing = recordsMissing
        var interpreted = context, compiled = context
        let expectedValue = CompiledDifferentialTests.attempt { () throws(EvaluationBudgetExceeded) in try Interpreter.evaluate(expression.root, &interpreted) }
        let expected = CompiledDifferentialTests.Outcome(interpreted, expectedValue)
        let actualValue = CompiledDifferentialTests.attempt { () throws(EvaluationBudgetExceeded) in try expression.evaluate(&compiled) }
        let actual = CompiledDifferentialTests.Outcome(compiled, actualValue)
        #expect(actual == expected, "`\(text)`")
        return actual
    }

    @Test func negatingTheSmallestIntegerIsAnOverflowFault() throws {
        let outcome = try Self.evaluate("-org.size", ["org.size": .integer(.min)])
        #expect(outcome.value == .some(nil))
        #expect(outcome.fault == EvaluationFault(kind: Interpreter.overflow, facts: ["org.size"]))
        #expect(try Self.evaluate("-org.size", ["org.size": .integer(.max)]).value == .some(.integer(-.max)))
    }

    @Test func aSumPastTheLargestIntegerIsAnOverflowFault() throws {
        let outcome = try Self.evaluate("sum(grants, g, g.amount)", ["grants": .list([Self.grant(1, amount: .max), Self.grant(2, amount: 1)])])
        #expect(outcome.value == .some(nil))
        #expect(outcome.fault == EvaluationFault(kind: Interpreter.overflow, facts: ["grants", "grants[].amount"]))
        let product = try Self.evaluate("org.size * org.size", ["org.size": .integer(1 << 40)])
        #expect(product.fault?.kind == Interpreter.overflow)
        // A decimal in the sum makes the total a decimal.
        let mixed = try Self.evaluate("sum(grants, g, g.share)", ["grants": .list([Self.grant(1, amount: 1, share: 0.5), Self.grant(2, amount: 2, share: 0.25)])])
        #expect(mixed.value == .some(.number(0.75)))
    }

    @Test func divisionByZeroIsAFaultNotATrap() throws {
        let decimal = try Self.evaluate("org.amount / org.size", ["org.amount": .number(100), "org.size": .integer(0)])
        #expect(decimal.fault == EvaluationFault(kind: Interpreter.divisionByZero, facts: ["org.amount", "org.size"]))
        let remainder = try Self.evaluate("org.size % (org.size - org.size)", ["org.size": .integer(7)])
        #expect(remainder.fault?.kind == Interpreter.divisionByZero)
        #expect(try Self.evaluate("org.size % -1", ["org.size": .integer(.min)]).value == .some(.integer(0)))
    }

    @Test func datesOutsideTheCalendarAreFaults() throws {
        let late = try Self.evaluate("add_days(date(\"9999-12-30\"), org.size)", ["org.size": .integer(10)])
        #expect(late.fault?.kind == Interpreter.dateOutOfRange)
        #expect(late.fault?.facts == ["org.size"])
        let months = try Self.evaluate("add_months(date(\"0001-01-31\"), -org.size)", ["org.size": .integer(1)])
        #expect(months.fault?.kind == Interpreter.dateOutOfRange)
        let working = try Self.evaluate("add_working_days(date(\"2021-06-01\"), org.size)", ["org.size": .integer(4_000_000)])
        #expect(working.fault?.kind == Interpreter.dateOutOfRange)
        let impossible = try Self.evaluate("date_of(2021, 2, org.size)", ["org.size": .integer(30)])
        #expect(impossible.fault?.kind == "no such calendar date")
        #expect(try Self.evaluate("date_of(2021, 2, org.size)", ["org.size": .integer(28)]).value == .some(.date(Day(iso: "2021-02-28")!)))
    }

    @Test func aQuantifierOverAHundredThousandItemsRunsOutOfBudget() throws {
        let items = (1...100_000).map { Self.grant($0, amount: $0) }
        let outcome = try Self.evaluate("count(grants, g, g.amount > 0) > 0", ["grants": .list(items)], budget: 200_000)
        #expect(outcome.value == Value??.none)  // thrown: the budget is spent
        // With the budget to spare, both count every item.
        let counted = try Self.evaluate("count(grants, g, g.amount > 50_000)".replacingOccurrences(of: "_", with: ""), ["grants": .list(items)])
        #expect(counted.value == .some(.integer(50_000)))
    }

    @Test(arguments: [
        // org.flag, org.other, expected `and`, its missing facts, expected `or`, its missing facts
        (Bool?.none, Bool?.some(false), Bool?.some(false), [String](), Bool?.none, ["org.flag"]),
        (.some(false), .none, .some(false), [], .none, ["org.other"]),
        (.none, .some(true), .none, ["org.flag"], .some(true), []),
        (.some(true), .none, .none, ["org.other"], .some(true), []),
        (.none, .none, .none, ["org.flag", "org.other"], .none, ["org.flag", "org.other"]),
        (.some(true), .some(true), .some(true), [], .some(true), []),
    ])
    func kleeneLogicWithMissingFactsOnEitherSide(_ flag: Bool?, _ other: Bool?, _ and: Bool?, _ andMissing: [String], _ or: Bool?, _ orMissing: [String]) throws {
        var facts: [String: Value] = [:]
        if let flag { facts["org.flag"] = .bool(flag) }
        if let other { facts["org.other"] = .bool(other) }
        let conjunction = try Self.evaluate("org.flag and org.other", facts)
        #expect(conjunction.value == .some(and.map(Value.bool)))
        #expect(conjunction.missing == andMissing)
        let disjunction = try Self.evaluate("org.flag or org.other", facts)
        #expect(disjunction.value == .some(or.map(Value.bool)))
        #expect(disjunction.missing == orMissing)
        // Not recording missing facts changes nothing else.
        let quiet = try Self.evaluate("org.flag and org.other", facts, recordsMissing: false)
        #expect(quiet.value == conjunction.value && quiet.missing.isEmpty)
    }

    @Test func hasAsksWithoutReportingTheFactMissing() throws {
        let absent = try Self.evaluate("has(org.flag)", [:])
        #expect(absent.value == .some(.bool(false)) && absent.missing.isEmpty)
        let present = try Self.evaluate("has(org.flag)", ["org.flag": .bool(false)])
        #expect(present.value == .some(.bool(true)))
        let guarded = try Self.evaluate("not has(org.size) or org.size > 3", [:])
        #expect(guarded.value == .some(.bool(true)) && guarded.missing.isEmpty)
        let field = try Self.evaluate("any(grants, g, has(g.share))", ["grants": .list([Self.grant(1, amount: 1)])])
        #expect(field.value == .some(.bool(false)) && field.missing.isEmpty)
    }

    @Test func missingFieldsAreNamedByTheirItem() throws {
        let items: Value = .list([Self.grant(1, amount: 1), Self.grant(2, amount: nil), Self.grant(3, amount: nil)])
        let outcome = try Self.evaluate("any(grants, g, g.amount > 5)", ["grants": items])
        #expect(outcome.value == .some(nil))
        #expect(outcome.missing == ["grants[2].amount", "grants[3].amount"])
        // A deciding item forgets the facts other items were missing.
        let decided = try Self.evaluate("any(grants, g, g.amount > 5)", ["grants": .list([Self.grant(1, amount: nil), Self.grant(2, amount: 9)])])
        #expect(decided.value == .some(.bool(true)) && decided.missing.isEmpty)
    }

    @Test func manyMissingFactsStayInOrderWithoutRepeats() throws {
        // Past the length where the missing list gets an index, and with a repeat of each.
        let items = (1...100).map { Self.grant($0, amount: nil) }
        let outcome = try Self.evaluate("count(grants, g, g.amount > 1) + count(grants, g, g.amount > 2) > 0", ["grants": .list(items)])
        #expect(outcome.missing == (1...100).map { "grants[\($0)].amount" })
    }

    @Test func membershipInConstantListsAndParameters() throws {
        #expect(try Self.evaluate("org.kind in [\"alpha\"]", ["org.kind": .string("alpha")]).value == .some(.bool(true)))
        #expect(try Self.evaluate("org.kind not in [\"alpha\", \"beta\"]", ["org.kind": .string("beta")]).value == .some(.bool(false)))
        #expect(try Self.evaluate("org.size in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]", ["org.size": .integer(10)]).value == .some(.bool(true)))
        #expect(try Self.evaluate("org.flag in [true]", [:]).missing == ["org.flag"])
        #expect(try Self.evaluate("org.size > param.limit", ["org.size": .integer(15)]).value == .some(.bool(false)))
        #expect(try Self.evaluate("mci(org.size) + min(org.size, 2.5)", ["org.size": .integer(2)]).value == .some(.number(4002)))
    }
}
