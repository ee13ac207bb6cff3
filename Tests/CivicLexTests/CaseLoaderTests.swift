import CivicLex
import Testing
import YAMLSource

@Suite struct CaseLoaderTests {
    func firstDiagnostic(_ marked: (text: String, line: Int, column: Int)) -> Diagnostic? {
        do {
            _ = try loadCase(marked.text)
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    @Test func misspeltFactGetsADidYouMean() throws {
        let input = marked("case: {id: x, as_of: 2024-01-01}\nfacts:\n  org:\n    ↓legal_fom: public_association\n")
        let diagnostic = try #require(firstDiagnostic(input))
        #expect(diagnostic.message == "unknown fact `org.legal_fom`; did you mean `org.legal_form`?")
        #expect(diagnostic.location == SourceLocation(line: input.line, column: input.column))
        #expect(diagnostic.rendered().hasPrefix("case.yaml:4:5: error: unknown fact"))
    }

    @Test(arguments: [
        ("    registered: ↓yes\n", "`org.registered` must be true or false, found `yes`; did you mean `true`?"),
        ("    founders_count: ↓ten\n", "`org.founders_count` must be a whole number, found `ten`"),
        ("    founders_count: ↓-3\n", "`org.founders_count` must be at least 0, found -3"),
        ("    registered_on: ↓2021-02-30\n", "`org.registered_on`: `2021-02-30` is not a real calendar date"),
        ("    registered_on: ↓30.01.2021\n", "`org.registered_on`: `30.01.2021` is not a date; expected YYYY-MM-DD; did you mean `2021-01-30` (30 January 2021)?"),
        ("    legal_form: ↓public_asociation\n", "`public_asociation` is not an allowed value of `org.legal_form` (allowed: public_association, public_foundation, corporate_foundation, private_foundation, institution, association_of_legal_entities, religious_association, political_party, trade_union, foreign_nco_branch, joint_stock_company, other_nco, initiative_group); did you mean `public_association`?"),
    ])
    func wrongTypesAreReportedAtTheValue(_ line: String, _ message: String) throws {
        let input = marked("case: {id: x, as_of: 2024-01-01}\nfacts:\n  org:\n" + line)
        let diagnostic = try #require(firstDiagnostic(input))
        #expect(diagnostic.message == message)
        #expect(diagnostic.location == SourceLocation(line: input.line, column: input.column))
    }

    @Test func unknownListFieldIsReportedInsideTheItem() throws {
        let input = marked("case: {id: x, as_of: 2024-01-01}\nfacts:\n  assemblies:\n    - form: rally\n      ↓dat: 2024-01-01\n")
        let diagnostic = try #require(firstDiagnostic(input))
        #expect(diagnostic.message == "unknown field `dat` in `assemblies` item; did you mean `date`?")
        #expect(diagnostic.location == SourceLocation(line: input.line, column: input.column))
    }

    @Test func expectationsNameOnlyKnownRules() throws {
        let input = marked("case: {id: x, as_of: 2024-01-01}\nexpect:\n  violations: [↓KZ-ASM-0003]\n")
        let diagnostic = try #require(firstDiagnostic(input))
        #expect(diagnostic.message == "unknown rule `KZ-ASM-0003`; did you mean `KZ-ASM-003`?")
    }

    @Test func missingAssessmentDateIsAnError() throws {
        let diagnostic = try #require(firstDiagnostic(marked("case: {id: x}\n")))
        #expect(diagnostic.message == "`case` is missing `as_of` (the date of assessment, YYYY-MM-DD)")
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        do {
            _ = try loadCase("case: {id: x, as_of: 2024-01-01}\nfacts:\n  org:\n    registered: no\n    founders: 3\n")
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.count == 2)
        }
    }
}
