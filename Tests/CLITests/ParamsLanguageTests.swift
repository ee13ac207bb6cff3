import Foundation
import Testing

/// `params --lang ru`: the parameter's Russian description, citation, dates and headings.
@Suite struct ParamsLanguageTests {
    @Test func aParameterIsShownInRussian() throws {
        let result = try CLI.run(["params", "--lang", "ru", "assembly.notice_working_days"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "assembly.notice_working_days: За сколько рабочих дней до собрания, митинга или пикетирования должно быть зарегистрировано уведомление (раб. дн.)")
        #expect(lines.contains("  источник: Закон Республики Казахстан от 25 мая 2020 года № 333-VI «О порядке организации и проведения мирных собраний в Республике Казахстан», ст. 10 п. 1"))
        #expect(lines.contains { $0.hasPrefix("  06.06.2020 … ") && $0.hasSuffix(" 5") })
        #expect(lines.contains("  используют правила: KZ-ASM-003"))
        #expect(lines.contains("  изменяется: 2020-peaceful-assemblies-law (06.06.2020, принято)"))
    }

    @Test func englishParamsKeepTheirWording() throws {
        let result = try CLI.run(["params", "assembly.notice_working_days"])
        #expect(result.stdout.hasPrefix("assembly.notice_working_days: Working days before a meeting, rally or picket by which the notification must be registered (working_days)\n  source: Law on the Procedure for Organizing and Holding Peaceful Assemblies (No. 333-VI), art. 10 para. 1\n  2020-06-06 …               5\n"))
        #expect(result.stdout.contains("\n  used by: KZ-ASM-003\n  amended by: 2020-peaceful-assemblies-law (2020-06-06, enacted)\n"))
    }
}
