import Foundation
import Testing

/// The sanction lines of the real binary's reports: grouped by who bears them, in MCI and
/// tenge at the stated day's MCI, with conditions named.
@Suite struct SanctionCLITests {
    @Test func aParticipantInAnUnlawfulRallyInMay2021IsShown87510Tenge() throws {
        let result = try CLI.run(["assess", "Cases/sanctions/unlawful-rally-participant-2021.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("sanctions on each participant:"))
        #expect(result.stdout.contains("CAO art. 488 part 6 (Participation in an unlawful peaceful assembly)"))
        #expect(result.stdout.contains("individual: warning or fine 30 MCI (87,510 KZT) or arrest up to 15 days"))
        #expect(result.stdout.contains("MCI 2,917 in force on 2021-05-20, the offence date (no protocol date stated); CAO art. 44(1)"))
        #expect(!result.stdout.contains("part 7"))
    }

    @Test func jsonNamesWhoBearsEachPartAndTheProtocolDay() throws {
        let result = try CLI.run(["assess", "--format", "json", "Cases/sanctions/unlawful-rally-every-role-protocol-2023.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let results = object?["results"] as? [[String: Any]] ?? []
        let sanctions = results.first { $0["rule"] as? String == "KZ-ASM-006" }?["sanctions"] as? [[String: Any]] ?? []
        let organiser = try #require(sanctions.first { $0["id"] as? String == "cao-488-7" })
        #expect(organiser["liable"] as? String == "organiser")
        #expect(organiser["subject"] as? String == "legal_entity")
        #expect(organiser["mci_date"] as? String == "2023-01-12")
        #expect(organiser["mci_date_basis"] as? String == "protocol")
        #expect(organiser["fine_tenge"] as? Double == 345_000)
        let harm = try #require(sanctions.first { $0["id"] as? String == "cc-400" })
        #expect((harm["condition"] as? String)?.contains("substantial harm") == true)
        #expect(harm["condition_missing"] as? [String] == ["assemblies[1].substantial_harm"])
    }

    @Test func checkCountsTheSanctionPartsStillInDoubt() throws {
        let result = try CLI.run(["check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("18 sanction parts marked partly or unverified: cao-460-1-1, cao-488-3, cao-489-1, cao-489-1-1, cao-489-1-2, cao-489-10, cao-489-11, cao-489-2, cao-489-3, cao-489-4, cao-489-5, cao-489-6, cao-489-7, cao-489-8, cao-489-9, cao-490-4, cao-490-8, cc-400"))
    }
}
