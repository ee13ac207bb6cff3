/// The assessment as one JSON object; the format is documented in README ("JSON output").
public enum JSONReport {
    public static func render(_ assessment: Assessment, law: Law, language: ReportLanguage = .english) -> String {
        var writer = JSONWriter()
        write(assessment, law: law, language: language, into: &writer)
        return writer.output
    }

    public static func write(_ assessment: Assessment, law: Law, language: ReportLanguage = .english, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("case", assessment.caseID)
        writer.field("title", assessment.title)
        writer.field("path", assessment.path)
        // As in a `score` CSV row: `ok` here, `error` in the row of a case that could not be read.
        writer.field("status", "ok")
        writer.field("as_of", assessment.asOf.description)
        writer.object("risk") { writer in
            writer.field("score", assessment.risk.score)
            writer.field("band", assessment.risk.band)
        }
        writer.object("enabling") { writer in
            writer.field("date", assessment.enabling.date.description)
            writer.field("overall", assessment.enabling.overall)
            writer.field("band", assessment.enabling.band)
            writer.array("areas") { writer in
                for area in assessment.enabling.areas {
                    writer.beginObject()
                    writer.field("area", area.id)
                    writer.field("score", area.score)
                    writer.field("band", area.band)
                    writer.array("indicators") { writer in
                        for indicator in area.indicators {
                            writer.beginObject()
                            writer.field("id", indicator.id)
                            writer.field("value", indicator.value)
                            writer.field("weight", indicator.weight)
                            writer.field("standard", indicator.standard)
                            writer.field("status", indicator.status.rawValue)
                            writer.endObject()
                        }
                    }
                    writer.endObject()
                }
            }
        }
        writer.array("results") { writer in
            for result in assessment.results {
                let rule: Rule? = law.rule(for: result)
                writer.beginObject()
                writer.field("rule", result.ruleID)
                // Another language adds the rule's title in it (English output stays as it was).
                if !language.isEnglish, let rule = law.rule(result.ruleID) { writer.field("title", language.ruleTitle(rule)) }
                writer.field("item", result.item)
                writer.field("outcome", result.outcome.rawValue)
                writer.field("area", rule?.area)
                writer.field("severity", rule?.severity.rawValue)
                writer.field("law_date", result.lawDate?.description)
                if let due = result.dueDate { writer.field("due", due.description) }
                writer.field("status", result.status.rawValue)
                if let consequence = rule?.consequence, result.outcome == .violation { writer.field("consequence", language.isEnglish ? consequence : (rule.flatMap(language.consequence) ?? consequence)) }
                if !result.missingFacts.isEmpty { writer.field("missing", strings: result.missingFacts) }
                if let reason = result.reason { writer.field("reason", reason) }
                if let message = result.message { writer.field("message", message) }
                if let remedy = result.remedy { writer.field("remedy", remedy) }
                if result.outcome == .violation || result.outcome == .undetermined, let rule {
                    writer.object("citation") { writer in
                        writer.field("source", rule.citation.ref)
                        writer.field("text", language.citation(rule.citation, in: law.sources, flagsMissingArticle: true))
                        writer.field("article", rule.citation.article)
                        writer.field("paragraph", rule.citation.paragraph)
                        writer.field("url", rule.citation.link(in: law.sources))
                    }
                }
                if !result.sanctions.isEmpty {
                    writer.array("sanctions") { writer in
                        for sanction in result.sanctions {
                            writer.beginObject()
                            writer.field("id", sanction.sanctionID)
                            writer.field("article", sanction.heading)
                            writer.field("title", language.sanctionTitle(sanction.sanctionID, sanction.title))
                            writer.field("status", sanction.status.rawValue)
                            writer.field("basis", sanction.basis)
                            writer.field("liable", sanction.liable?.rawValue)
                            writer.field("subject", sanction.subject)
                            if !sanction.subjectFacts.isEmpty { writer.field("subject_missing", strings: sanction.subjectFacts) }
                            if let condition = sanction.condition {
                                writer.field("condition", condition)
                                writer.field("condition_missing", strings: sanction.conditionFacts)
                            }
                            writer.field("offence", sanction.offence)
                            writer.field("mci_date", sanction.mciDate.description)
                            writer.field("mci_date_basis", sanction.mciDateBasis)
                            writer.field("mci", sanction.mci.map(Double.init))
                            writer.field("fine_tenge", sanction.fineTenge?.upperBound)
                            writer.field("penalties", strings: sanction.lines)
                            writer.endObject()
                        }
                    }
                }
                writer.endObject()
            }
        }
        writer.endObject()
    }
}
