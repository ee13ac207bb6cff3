@testable import CivicLex
import Testing
import YAMLSource

/// `expect:` read straight from events against the tree loader's `decodeExpectation`: the
/// same expectation for ordinary shapes, and every unusual one left to the tree loader.
@Suite struct StreamingExpectTests {
    static let header = StreamingDecoderTests.header + "facts:\n  org.registered: true\n"

    @Test(arguments: [
        "expect: {}\n",
        "expect:\n  violations: KZ-REG-009\n  absent: ~\n",
        "expect:\n  violations: [KZ-REG-009, 'KZ-REG-009', \"KZ-ASM-003\"]\n  absent: []\n",
        "expect:\n  absent:\n    - KZ-ASM-003\n    - KZ-FF-001   # comment\n  violations:\n",
        "expect:\n  outcomes:\n    KZ-REG-303: compliant\n    'KZ-ASM-003': not_applicable\n    KZ-FF-001: \"undetermined\"\n",
        "expect:\n  missing:\n    KZ-ASM-006: [\"assemblies[1].akimat_answered_on\", org.registered]\n    KZ-REG-009: org.name\n    KZ-FF-001: []\n",
        "expect:\n  due:\n    KZ-ASM-203: 2025-06-12\n    KZ-REG-009: '2024-01-31'\n",
        "expect:\n  sanctions:\n    KZ-ASM-307: {cao-488-3: 87510, cao-488-2: 58340}\n    KZ-ASM-310: [cao-488-3]\n  scores: {risk: {min: 0, max: 100}, registration: {max: 50}}\n",
        "expect:\n  scores: ~\n  sanctions: ~\n  outcomes: ~\n  missing: ~\n  due: ~\n",
        "expect: {violations: [KZ-REG-009], outcomes: {KZ-REG-303: violation}}\n",
    ])
    func ordinaryExpectationsAreStreamed(_ expect: String) {
        #expect(StreamingDecoderTests.compare(text: Self.header + expect))
    }

    /// Errors (and shapes the streaming decoder does not read) go to the tree loader, which
    /// reports them exactly as before.
    @Test(arguments: [
        "expect: [KZ-REG-009]\n",
        "expect:\n  violations: [KZ-NOPE-1]\n",
        "expect:\n  violations: [[KZ-REG-009]]\n",
        "expect:\n  violations: {KZ-REG-009: 1}\n",
        "expect:\n  absent: [~]\n",
        "expect:\n  violation: [KZ-REG-009]\n",
        "expect:\n  violations: [KZ-REG-009]\n  violations: [KZ-REG-009]\n",
        "expect:\n  outcomes: [KZ-REG-303]\n",
        "expect:\n  outcomes:\n    KZ-REG-303: fine\n",
        "expect:\n  outcomes:\n    KZ-REG-303:\n",
        "expect:\n  outcomes:\n    KZ-REG-303: [compliant]\n",
        "expect:\n  outcomes:\n    KZ-NOPE: compliant\n",
        "expect:\n  outcomes: compliant\n",
        "expect:\n  missing:\n    KZ-ASM-006: ~\n",
        "expect:\n  missing:\n    KZ-ASM-006: {a: 1}\n",
        "expect:\n  missing:\n    KZ-ASM-006: [[a]]\n",
        "expect:\n  missing:\n    KZ-ASM-006: [a]\n    KZ-ASM-006: [b]\n",
        "expect:\n  due:\n    KZ-ASM-203: 2025-02-30\n",
        "expect:\n  due:\n    KZ-ASM-203: [2025-06-12]\n",
        "expect:\n  due: 2025-06-12\n",
        "expect:\n  sanctions:\n    KZ-ASM-307: {no-such-sanction: 1}\n",
        "expect:\n  sanctions: [KZ-ASM-307]\n",
        "expect:\n  scores: {risk: {min: 60, max: 50}}\n",
        "expect:\n  scores: {happiness: {min: 0}}\n",
        "expect:\n  scores: {risk: {min: 0, mx: 1}}\n",
        "expect:\n  outcomes: &o {KZ-REG-303: compliant}\n",
        "expect:\n  violations: !!seq [KZ-REG-009]\n",
    ])
    func unusualExpectationsGoToTheTreeLoader(_ expect: String) {
        #expect(!StreamingDecoderTests.compare(text: Self.header + expect))
    }

    /// `Law.rule(_:)` through its index finds what a search of `rules` finds.
    @Test func ruleLookupByIDAgreesWithASearch() {
        let law = bundledLaw
        #expect(!law.firstIndexByID.isEmpty)
        for id in Set(law.rules.map(\.id)) + ["", "KZ-NOPE-1", "kz-reg-009"] {
            let searched = law.rules.firstIndex { $0.id == id }
            let found = law.rule(id)
            #expect(found?.id == searched.map { law.rules[$0].id })
            if let searched, let found { #expect(found.inForceFrom == law.rules[searched].inForceFrom) }
        }
    }
}
