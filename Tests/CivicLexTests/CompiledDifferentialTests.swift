@testable import CivicLex
import Foundation
import Testing

/// The compiled closure code must give exactly what the interpreter gives: every expression of
/// the bundled rule set, over every bundled case and a few hundred generated ones.
@Suite struct CompiledDifferentialTests {
    /// What one evaluation left behind, compared field by field.
    struct Outcome: Equatable, CustomStringConvertible {
        var value: Value??
        var missing: [String]
        var gaps: [String]
        var fault: EvaluationFault?
        var budget: Int

        init(_ context: EvaluationContext, _ value: Value??) {
            self.value = value
            missing = context.missing
            gaps = context.gaps
            fault = context.fault
            budget = context.budget
        }

        var description: String {
            let shown = value.map { $0.map { "\($0)" } ?? "unknown" } ?? "budget exceeded"
            return "\(shown), missing \(missing), gaps \(gaps), fault \(fault?.reason ?? "none"), budget \(budget)"
        }
    }

    /// The value, or `nil` when the evaluation ran out of budget (`try?` would flatten the two).
    static func attempt(_ body: () throws(EvaluationBudgetExceeded) -> Value?) -> Value?? {
        do { return .some(try body()) } catch { return .none }
    }

    /// Every expression a rule evaluates per case or item, with where it comes from.
    static func expressions(of rule: Rule) -> [(String, CompiledExpression)] {
        var list: [(String, CompiledExpression)] = rule.bindings.map { ("binds \($0.path)", $0.condition) }
        let parts: [(String, CompiledExpression?)] = [
            ("at", rule.at), ("applies", rule.applies), ("violation", rule.violation), ("due", rule.due),
            ("client_role", rule.clientRole), ("protocol_on", rule.protocolOn), ("repeat", rule.repeatOffence?.when),
        ]
        list += parts.compactMap { name, expression in expression.map { (name, $0) } }
        for sanction in rule.sanctions {
            if let when = sanction.when { list.append(("sanction when", when)) }
            if let subject = sanction.subject { list.append(("sanction subject", subject)) }
        }
        for (name, template) in [("message", rule.message), ("remedy", rule.remedy), ("remedy_overdue", rule.remedyOverdue)] {
            for case .expression(let expression) in template?.pieces ?? [] { list.append((name, expression)) }
        }
        return list
    }

    /// Evaluates `expression` both ways on copies of `context`, then carries the interpreter's
    /// context on (so missing facts accumulate across a rule's parts as in the evaluator).
    static func compare(_ expression: CompiledExpression, _ context: inout EvaluationContext, what: @autoclosure () -> String) -> Bool {
        var interpreted = context, compiled = context
        // (Each value first: an argument list would copy the context before the evaluation.)
        let expectedValue = attempt { () throws(EvaluationBudgetExceeded) in try Interpreter.evaluate(expression.root, &interpreted) }
        let expected = Outcome(interpreted, expectedValue)
        let actualValue = attempt { () throws(EvaluationBudgetExceeded) in try expression.evaluate(&compiled) }
        let actual = Outcome(compiled, actualValue)
        var agrees = expected == actual
        // Without missing-fact recording: the same value, gaps, fault and budget, no names.
        var quiet = context
        quiet.recordsMissing = false
        quiet.resetMissing()
        var quietExpected = context
        quietExpected.resetMissing()
        let quietValue = attempt { () throws(EvaluationBudgetExceeded) in try expression.evaluate(&quiet) }
        let quietActual = Outcome(quiet, quietValue)
        let referenceValue = attempt { () throws(EvaluationBudgetExceeded) in try Interpreter.evaluate(expression.root, &quietExpected) }
        let reference = Outcome(quietExpected, referenceValue)
        agrees = agrees && quietActual.value == reference.value && quietActual.gaps == reference.gaps
            && quietActual.fault == reference.fault && quietActual.budget == reference.budget && quietActual.missing.isEmpty
        // The typed entry points agree with the boxed value.
        if case .bool = expression.type {
            var typed = context
            let flag = try? expression.evaluateBool(&typed)
            agrees = agrees && flag == expected.value.map { value in value.flatMap { if case .bool(let flag) = $0 { flag } else { nil } } }
        }
        if case .date = expression.type {
            var typed = context
            let day = try? expression.evaluateDay(&typed)
            agrees = agrees && day == expected.value.map { value in value.flatMap { if case .date(let day) = $0 { day } else { nil } } }
        }
        if !agrees {
            Issue.record("\(what()): `\(expression.source)`\n interpreter: \(expected)\n compiled:    \(actual)\n quiet:       \(quietActual)")
        }
        context = interpreted
        return agrees
    }

    /// The bundled cases and `count` generated by `bench/generate.py`.
    static func cases(generated count: Int) throws -> [Case] {
        func yamlFiles(under root: String) -> [String] {
            var paths: [String] = []
            let enumerator = FileManager.default.enumerator(atPath: root)
            while let relative = enumerator?.nextObject() as? String {
                if relative.hasSuffix(".yaml") { paths.append(root + "/" + relative) }
            }
            return paths
        }
        var paths = yamlFiles(under: repositoryRoot.appendingPathComponent("Cases").path)
        let directory = try temporaryDirectory([:])
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", repositoryRoot.appendingPathComponent("bench/generate.py").path, "\(count)", directory]
        try generator.run()
        generator.waitUntilExit()
        #expect(generator.terminationStatus == 0)
        let generated = yamlFiles(under: directory)
        #expect(generated.count == count)
        paths += generated
        let loader = CaseLoader(law: bundledLaw)
        return paths.sorted().compactMap { try? loader.load(path: $0) }
    }

    @Test func everyRuleExpressionAgreesWithTheInterpreterOnEveryCase() throws {
        let law = bundledLaw
        let cases = try Self.cases(generated: 300)
        #expect(cases.count > 300)
        var evaluations = 0, failures = 0
        for scenario in cases where failures < 20 {
            for rule in law.rules {
                let expressions = Self.expressions(of: rule)
                // The items the rule runs over, plus an item that states nothing (every field missing).
                var itemSets: [[Value]] = [[]]
                if let iteration = rule.iteration {
                    itemSets = []
                    if case .list(let items)? = scenario.facts[iteration.listSlot] { itemSets = items.map { [$0] } }
                    if case .list(.record(let type)) = law.schema.facts[iteration.listSlot].type {
                        itemSets.append([.record(Record(type: type, fields: Array(repeating: nil, count: type.fields.count), label: "\(iteration.listPath)[?]"))])
                    }
                }
                for locals in itemSets {
                    // Judged by the law of the assessment date, and of the act's date where the rule has `at`.
                    var lawDates = [scenario.asOf]
                    var probe = EvaluationContext(facts: scenario.facts, runtime: law.runtime, asOf: scenario.asOf, lawDate: scenario.asOf)
                    probe.locals = locals
                    if let at = rule.at, case .date(let day)? = try? Interpreter.evaluate(at.root, &probe) { lawDates.append(day) }
                    for lawDate in lawDates {
                        var context = EvaluationContext(facts: scenario.facts, runtime: law.runtime, asOf: scenario.asOf, lawDate: lawDate)
                        context.locals = locals
                        for (part, expression) in expressions {
                            evaluations += 1
                            if !Self.compare(expression, &context, what: "\(scenario.path) \(rule.id) \(part) on \(lawDate)") { failures += 1 }
                        }
                    }
                }
            }
        }
        #expect(evaluations > 100_000)
        #expect(failures == 0)
    }

    @Test func everyIndicatorAgreesWithTheInterpreter() {
        let law = bundledLaw
        for year in 2010...2027 {
            for month in [1, 7] {
                let date = Day(year: year, month: month, day: 1)!
                for indicator in law.indicators {
                    var context = EvaluationContext(facts: [], runtime: law.runtime, asOf: date, lawDate: date)
                    #expect(Self.compare(indicator.score, &context, what: "\(indicator.id) on \(date)"))
                }
            }
        }
    }
}
