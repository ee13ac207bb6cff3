import CivicLex
import Testing

@Suite struct AmendmentTests {
    func values(_ law: Law, _ name: String) -> [String] {
        law.parameter(name)?.values.map { "\($0.from)…\($0.to?.description ?? ""): \(Formatting.value($0.value))" } ?? []
    }

    @Test func enactedOverlaysReproduceTheDatedHistory() throws {
        #expect(values(bundledLaw, "registration.party.min_members") == [
            "2002-07-15…: 50000", "2009-02-06…: 40000", "2020-05-26…2022-11-04: 20000", "2022-11-05…: 5000",
        ])
        #expect(values(bundledLaw, "assembly.application_days_1995") == ["1995-03-17…2020-06-05: 10"])
        #expect(values(bundledLaw, "assembly.regime") == ["1995-03-17…2020-06-05: 0", "2020-06-06…: 1"])
        #expect(values(bundledLaw, "assembly.notice_working_days") == ["2020-06-06…: 5"])
        let old = try #require(bundledLaw.rule("KZ-ASM-001"))
        #expect(old.inForceTo?.description == "2020-06-05")
        let new = try #require(bundledLaw.rule("KZ-ASM-003"))
        #expect(new.inForceFrom.description == "2020-06-06")
        #expect(bundledLaw.amendments.map(\.id) == [
            "2017-trade-unions-90-VI", "2018-tax-code-2017", "2020-trade-unions-321-VI", "2020-peaceful-assemblies-law",
            "2020-journalists-at-assemblies", "2022-party-threshold", "2025-constitutional-court-61-np",
        ])
    }

    /// Law No. 211-V art. 10(2)-(3): the 2014 text, Law No. 90-VI (2017), Law No. 321-VI (2020).
    @Test func tradeUnionConfirmationHasThreeDatedVersions() throws {
        let versions = bundledLaw.rules.filter { $0.id == "KZ-REG-009" }
        #expect(versions.map { "\($0.inForceFrom)…\($0.inForceTo?.description ?? "")" } == [
            "2014-07-11…2017-07-21", "2017-07-22…2020-05-14", "2020-05-15…",
        ])
        #expect(versions.map { $0.consequence?.prefix(12) ?? "" } == ["State regist", "The akimat o", "The akimat o"])
        #expect(values(bundledLaw, "registration.trade_union.confirmation_months") == ["2014-07-11…2020-05-14: 6", "2020-05-15…: 12"])
    }

    @Test func laterAmendmentsMayReplaceARuleAgainButOneAmendmentNamesItOnce() throws {
        let replacement = { (effective: String, ids: [String]) in
            "amendment: {id: a-\(effective), title: A, status: enacted, effective: \(effective)}\nrules:\n  replace:\n"
                + ids.map { id in
                    "    - {id: \(id), title: T, area: general, violation: \"true\", severity: low, message: m, citation: {ref: act}, sanctions: [fine-1]}\n"
                }.joined()
        }
        let directory = try MiniLaw.directory(rules: MiniLaw.rule("false"))
        let overlays = try temporaryDirectory([
            "first.yaml": replacement("2021-01-01", ["R-1"]), "second.yaml": replacement("2022-01-01", ["R-1"]),
            "twice.yaml": replacement("2021-06-01", ["R-1", "R-1"]),
        ])
        let first = overlays + "/first.yaml", second = overlays + "/second.yaml", twice = overlays + "/twice.yaml"
        let law = try LawLoader.load(directory: directory, amendments: AmendmentOptions(extra: [first, second]))
        #expect(law.rules.filter { $0.id == "R-1" }.map { $0.inForceTo?.description ?? "open" } == ["2020-12-31", "2021-12-31", "open"])
        #expect(throws: (any Error).self) { try LawLoader.load(directory: directory, amendments: AmendmentOptions(extra: [twice])) }
    }

    @Test func baseRulesWithoutAmendmentsKeepTheOldLaw() throws {
        let base = try LawLoader.load(directory: bundledRulesPath, amendments: AmendmentOptions(includeEnacted: false))
        #expect(base.rule("KZ-ASM-003") == nil)
        #expect(base.rule("KZ-ASM-001")?.inForceTo == nil)
        #expect(base.parameter("assembly.notice_working_days")?.values.isEmpty == true)
        #expect(values(base, "registration.party.min_members").last == "2020-05-26…: 20000")
    }

    @Test func proposalAppliedAsIfAlwaysInForce() throws {
        let path = bundledRulesPath + "/amendments/proposal-abolish-territorial-tiers.yaml"
        let reformed = try LawLoader.load(directory: bundledRulesPath, amendments: AmendmentOptions(extra: [path], asIfFrom: Day(iso: "1900-01-01")))
        let rule = try #require(reformed.rule("KZ-TER-001"))
        #expect(!rule.isInForce(on: Day(iso: "2019-01-01")!))
        let score = Evaluator(law: reformed).enablingEnvironment(on: Day(iso: "2019-01-01")!)
        // The tier indicators reach 1; branch registration, trade-union and party quotas are
        // untouched by this proposal.
        let tiers = try #require(score.areas.first { $0.id == "territorial" }).indicators.filter { ["IND-TER-1", "IND-TER-2", "IND-TER-4"].contains($0.id) }
        #expect(tiers.count == 3 && tiers.allSatisfy { $0.value == 1 })
    }

    @Test func proposalAtItsOwnDateLeavesThePastAlone() throws {
        let path = bundledRulesPath + "/amendments/proposal-abolish-territorial-tiers.yaml"
        let reformed = try LawLoader.load(directory: bundledRulesPath, amendments: AmendmentOptions(extra: [path]))
        #expect(try #require(reformed.rule("KZ-TER-001")).isInForce(on: Day(iso: "2026-12-31")!))
        #expect(!(try #require(reformed.rule("KZ-TER-001")).isInForce(on: Day(iso: "2027-01-01")!)))
    }

    @Test func everyBundledAmendmentLoads() throws {
        for path in LawLoader.amendmentFiles(in: bundledRulesPath) {
            #expect(throws: Never.self) { try LawLoader.load(directory: bundledRulesPath, amendments: AmendmentOptions(extra: [path])) }
        }
    }
}
