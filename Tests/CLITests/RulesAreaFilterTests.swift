import Testing

/// `rules --area A RULE`: a rule of another area is refused rather than shown as if it were
/// part of area A.
@Suite struct RulesAreaFilterTests {
    @Test func ruleOfAnotherAreaIsRefused() throws {
        let result = try CLI.run(["rules", "--area", "assembly", "KZ-REG-001"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error: rule KZ-REG-001 is in area `registration`, not `assembly`"))
    }

    @Test func ruleOfTheNamedAreaIsShown() throws {
        let result = try CLI.run(["rules", "--area", "registration", "KZ-REG-001"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("KZ-REG-001 "))
    }
}
