import CivicLex
import Foundation
import Testing

/// Every link given for a statute must open the statute's own text: the official database
/// (adilet) or its mirror. A news item or NGO report may support a note, never stand in for
/// the law (issue 10 item 5).
@Suite struct CitationHostTests {
    /// Hosts (with a path prefix where the host alone is too broad) that publish statute texts.
    static let statuteHosts: [(host: String, pathPrefix: String)] = [
        ("adilet.zan.kz", "/"),
        ("www.adilet.zan.kz", "/"),
        ("github.com", "/quyse/kz-laws/"),
    ]

    /// Sources that are publications about the law rather than the law: a link to them is the
    /// publication itself. `LegalSource` has no kind field, so they are named here; any new
    /// source counts as a statute until it is added to this list.
    static let publications: Set<String> = ["freedom-house-2008", "hrw-trade-unions", "defendingforb-489", "gov-kz-339"]

    static func isStatuteText(_ link: String) -> Bool {
        guard let url = URL(string: link), let host = url.host?.lowercased(), url.scheme?.hasPrefix("http") == true else {
            return false
        }
        return statuteHosts.contains { $0.host == host && url.path.hasPrefix($0.pathPrefix) }
    }

    /// "where: link" for each statute link of `law` that is not a statute text.
    static func offenders(in law: Law) -> [String] {
        var found: [String] = []
        func check(_ citation: Citation?, _ place: String) {
            guard let citation, !publications.contains(citation.ref) else { return }
            if let link = citation.link(in: law.sources), !isStatuteText(link) {
                found.append("\(place) cites \(citation.ref): \(link)")
            }
        }
        for (id, source) in law.sources where !publications.contains(id) {
            if let link = source.url, !isStatuteText(link) { found.append("source \(id): \(link)") }
        }
        for rule in law.rules { check(rule.citation, "rule \(rule.id)") }
        for parameter in law.parameters {
            check(parameter.citation, "parameter \(parameter.name)")
            for value in parameter.values { check(value.citation, "parameter \(parameter.name) from \(value.from)") }
        }
        for sanction in law.sanctions.values {
            if let link = sanction.url, !isStatuteText(link) { found.append("sanction \(sanction.id): \(link)") }
            for version in sanction.versions { check(version.citation, "sanction \(sanction.id) from \(version.from)") }
        }
        for amendment in law.amendments { check(amendment.citation, "amendment \(amendment.id)") }
        return found.sorted()
    }

    static var proposalPaths: [String] {
        let directory = bundledRulesPath + "/amendments"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasPrefix("proposal-") && $0.hasSuffix(".yaml") }.sorted().map { directory + "/" + $0 }
    }

    @Test func hostRuleAcceptsOnlyTheDatabaseAndItsMirror() {
        #expect(Self.isStatuteText("https://adilet.zan.kz/rus/docs/K1400000235"))
        #expect(Self.isStatuteText("https://github.com/quyse/kz-laws/blob/4155110197ca131e62370a6f2fbe2838b0717f51/rus/105308.md"))
        #expect(!Self.isStatuteText("https://github.com/someone/else/blob/main/rus/105308.md"))
        #expect(!Self.isStatuteText("https://www.hrw.org/news/2020/05/05/open-letter"))
        #expect(!Self.isStatuteText("https://adilet.zan.kz.example.org/rus/docs/K1400000235"))
    }

    @Test func baseLawAndEnactedAmendmentsCiteStatuteTexts() {
        #expect(Self.offenders(in: bundledLaw) == [])
    }

    @Test func baseLawWithoutAmendmentsCitesStatuteTexts() throws {
        let base = try LawLoader.load(directory: bundledRulesPath, amendments: AmendmentOptions(includeEnacted: false))
        #expect(Self.offenders(in: base) == [])
    }

    @Test(arguments: proposalPaths)
    func proposalCitesStatuteTexts(path: String) throws {
        let law = try LawLoader.load(directory: bundledRulesPath, amendments: AmendmentOptions(extra: [path]))
        #expect(law.amendments.contains { $0.status == .proposal })
        #expect(Self.offenders(in: law) == [])
    }

    /// The check must see a secondary link where one is put back, or it proves nothing.
    @Test func aNewsLinkInPlaceOfTheStatuteIsReported() throws {
        let original = try String(contentsOfFile: bundledRulesPath + "/sources.yaml", encoding: .utf8)
        let broken = original.replacingOccurrences(
            of: "url: https://adilet.zan.kz/rus/docs/S2500000061",
            with: "url: https://en.orda.kz/akimats-now-required-to-offer-alternative-areas-for-assemblies-4663/")
        #expect(broken != original)
        let law = try LawLoader.load(directory: rulesWith(["sources.yaml": broken]), amendments: AmendmentOptions(includeEnacted: false))
        #expect(Self.offenders(in: law) == ["source cc-resolution-61-NP: https://en.orda.kz/akimats-now-required-to-offer-alternative-areas-for-assemblies-4663/"])
    }
}
