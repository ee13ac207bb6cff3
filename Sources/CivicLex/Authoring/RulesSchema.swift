/// The JSON Schema (2020-12) of a rule file or amendment file, following the sections the
/// loader reads (`LawBuilder`); ids that must resolve (areas, sources, sanctions) and the
/// closed vocabularies (fact types, severities, statuses) are taken from the loaded law.
/// A key the loader learns must be added here too: the schema test fails on bundled files until it is.
public enum RulesSchema {
    public static func schema(for law: Law) -> JSONTree {
        let sourceIDs = law.sources.keys.sorted(), sanctionIDs = law.sanctions.keys.sorted()
        let areaIDs = law.areas.map(\.id), ruleIDs = CaseSchema.uniqueRuleIDs(law)
        let statusSchema = enumeration(VerificationStatus.allCases.map(\.rawValue))
        let date = CaseSchema.dateSchema
        let citation = closed([
            ("ref", described("Id of a source in `sources`.", enumeration(sourceIDs))),
            ("article", text), ("paragraph", text), ("part", text), ("url", text), ("note", text),
        ], required: ["ref"])
        let essential = described("Why every case should state this fact (the engine says when one omits it).", text)
        let unstated = described("For a list: what leaving it out means — `none` (the default) or `unknown`.", enumeration(["none", "unknown"]))
        let factField = closed([
            ("type", enumeration(LawBuilder.typeNames.filter { $0 != "list" })), ("description", text), ("unit", text),
            ("min", number), ("max", number), ("values", stringList), ("essential", essential),
        ], required: ["type"])
        let fact = closed([
            ("type", enumeration(LawBuilder.typeNames)), ("description", text), ("unit", text), ("min", number), ("max", number),
            ("essential", essential), ("unstated", unstated),
            ("values", described("Allowed values of an enum fact.", stringList)),
            ("fields", described("Fields of each item of a list fact.", .object([("type", .string("object")), ("additionalProperties", factField)]))),
        ], required: ["type"])
        let source = closed([("title", text), ("number", text), ("adopted", date), ("url", text), ("status", statusSchema), ("note", text)], required: ["title"])
        let sanctionIDList: JSONTree = .object([("anyOf", .array([enumeration(sanctionIDs), .object([("type", .string("array")), ("items", enumeration(sanctionIDs))])]))])
        let sanctionReference = closed([
            ("sanction", enumeration(sanctionIDs)),
            ("liable", described("Who is liable under this sanction.", enumeration(SanctionReference.Liable.allCases.map(\.rawValue)))),
            ("subject", described("Expression naming the subject category (individual, legal_entity, …).", text)),
            ("when", described("Condition (expression) under which this sanction applies.", text)),
            ("condition", described("The condition in words, for reports.", text)),
            ("repeat", described("The sanction for a repeat offence.", enumeration(sanctionIDs))),
            ("repeat_when", described("Condition (expression over prior penalties) under which the `repeat` part applies; the rule's `repeat.when` when absent.", text)),
        ], required: ["sanction"])
        let sanctionRef: JSONTree = .object([("anyOf", .array([
            enumeration(sanctionIDs),
            .object([("type", .string("array")), ("items", .object([("anyOf", .array([enumeration(sanctionIDs), sanctionReference]))]))]),
        ]))])
        let rule = closed([
            ("id", described("Unique id, e.g. KZ-ASM-003.", text)),
            ("title", text),
            ("area", enumeration(areaIDs)),
            ("in_force", closed([("from", date), ("to", date)], required: ["from"])),
            ("binds", described(
                "Whom the provision binds: fact or loop field → the values it binds (`unstated` binds a case that leaves it out).",
                .object([("type", .string("object")), ("additionalProperties", .object([("anyOf", .array([scalarValue, .object([("type", .string("array")), ("items", scalarValue)])]))]))]))),
            ("for_each", described("`list as name`: one outcome per item.", text)),
            ("at", described("Expression giving the date whose law governs the act.", text)),
            ("applies", described("Condition (expression) under which the rule applies.", text)),
            ("violation", described("Condition (expression) that is a breach.", text)),
            ("severity", enumeration(Severity.allCases.map(\.rawValue))),
            ("message", described("Finding text; {expression} is replaced by its value.", text)),
            ("remedy", text),
            ("due", described("Expression giving the deadline; after the assessment date the outcome is pending.", text)),
            ("remedy_overdue", described("Remedy once the deadline has passed.", text)),
            ("citation", citation),
            ("sanctions", sanctionRef),
            ("consequence", described("A non-penal effect of the breach (refusal of registration, loss of status).", text)),
            ("client_role", described("Expression naming the client's role (organiser, participant, …).", text)),
            ("protocol_on", described("Expression giving the date proceedings would begin.", text)),
            ("repeat", closed([("when", text), ("sanctions", sanctionIDList)], required: ["when"])),
            ("status", statusSchema),
            ("note", text),
        ], required: ["id", "title", "area", "violation", "severity", "message", "citation"])
        let datedValue = closed([("from", date), ("to", date), ("value", anyValue), ("source", citation), ("status", statusSchema), ("note", text)], required: ["from", "value"])
        let parameter = closed([
            ("description", text), ("unit", text), ("type", text), ("source", citation), ("status", statusSchema),
            ("values", .object([("type", .string("array")), ("items", datedValue)])),
        ], required: ["description", "values"])
        let amountOrRange: JSONTree = .object([("anyOf", .array([
            number, .object([("type", .string("array")), ("items", number), ("minItems", .integer(2)), ("maxItems", .integer(2))]),
        ]))])
        let penalty = closed([
            ("warning", boolean), ("fine_mci", described("MCI, or [min, max].", amountOrRange)), ("arrest_days", integer),
            ("correctional_work_mci", integer), ("community_work_hours", integer), ("expulsion", boolean),
            ("suspension_months", described("Months the part states, or [0, max] for a cap, or [min, max].", amountOrRange)),
            ("suspension", enumeration(Sanction.SuspensionMode.allCases.map(\.rawValue))),
            ("ban", boolean), ("confiscation", boolean), ("note", text),
        ])
        let sanctionVersion = closed(
            [("from", date), ("to", date), ("offence", text), ("source", citation), ("status", statusSchema), ("note", text)]
                + Sanction.subjects.map { ($0, penalty) },
            required: ["from"])
        let sanction = closed([
            ("code", text), ("article", text), ("part", text), ("title", text), ("url", text), ("status", statusSchema), ("note", text),
            ("versions", .object([("type", .string("array")), ("items", sanctionVersion)])),
        ], required: ["code", "article", "title", "versions"])
        let indicator = closed([
            ("id", text), ("area", enumeration(areaIDs)), ("title", text), ("standard", text), ("weight", number),
            ("score", described("Expression over parameters giving 0–1 or a bool (or, with `steps`, the quantity they grade).", text)),
            ("steps", described("Grades of the quantity: [{max, grade}, …, {grade}].", .object([
                ("type", .string("array")), ("items", closed([("max", number), ("grade", number)], required: ["grade"])),
            ]))),
            ("status", statusSchema), ("note", text),
        ], required: ["id", "area", "title", "standard", "score"])
        let referenceIndex = closed([
            ("name", text), ("publisher", text), ("source", text), ("measures", text), ("note", text),
            ("scale", closed([("min", number), ("max", number), ("higher_is_better", boolean)])),
            ("values", .object([("type", .string("array")), ("items", closed([
                ("date", date), ("value", number), ("label", text), ("url", text), ("status", statusSchema), ("note", text),
            ], required: ["date", "value", "label", "url"]))])),
        ], required: ["name", "publisher", "source", "measures", "scale"])
        let band = closed([("min", number), ("name", text)], required: ["min", "name"])
        let sections: [(String, JSONTree)] = [
            ("law", closed([
                ("name", text), ("version", described("Edition of the rule set.", text)), ("date", described("Date of this edition.", date)),
            ])),
            ("facts", described("The fact schema: fact path → definition.", .object([("type", .string("object")), ("additionalProperties", fact)]))),
            ("sources", .object([("type", .string("object")), ("additionalProperties", source)])),
            ("parameters", .object([("type", .string("object")), ("additionalProperties", parameter)])),
            ("rules", .object([("type", .string("array")), ("items", rule)])),
            ("sanctions", .object([("type", .string("object")), ("additionalProperties", sanction)])),
            ("mci", closed([
                ("fine_basis", text),
                ("values", .object([("type", .string("array")), ("items", closed([("from", date), ("value", integer), ("source", text), ("status", statusSchema), ("note", text)], required: ["from", "value"]))])),
            ])),
            ("calendar", described("Weekend, holidays, transfers and the years covered.", .object([("type", .string("object"))]))),
            ("areas", .object([("type", .string("object")), ("additionalProperties", closed([("title", text), ("weight", number)], required: ["title"]))])),
            ("bands", .object([("type", .string("array")), ("items", band)])),
            ("indicators", .object([("type", .string("array")), ("items", indicator)])),
            ("risk", closed([
                ("points", .object([("type", .string("object")), ("propertyNames", enumeration(Severity.allCases.map(\.rawValue))), ("additionalProperties", number)])),
                ("undetermined_factor", number), ("bands", .object([("type", .string("array")), ("items", band)])),
            ])),
            ("indices", described("Outside ratings (CIVICUS, Freedom House …) shown beside the timeline.", .object([("type", .string("object")), ("additionalProperties", referenceIndex)]))),
        ]
        let amendmentHeader = closed([
            ("id", text), ("title", text), ("status", enumeration(Amendment.Status.allCases.map(\.rawValue))), ("effective", date),
            ("citation", citation), ("summary", text),
        ], required: ["id", "title", "status", "effective"])
        let parameterChange = closed([
            ("value", anyValue), ("retire", boolean), ("source", citation), ("status", statusSchema), ("note", text),
            ("description", text), ("type", text), ("unit", text),
        ])
        let amendmentRules = closed([
            ("repeal", .object([("type", .string("array")), ("items", enumeration(ruleIDs))])),
            ("add", .object([("type", .string("array")), ("items", rule)])),
            ("replace", .object([("type", .string("array")), ("items", rule)])),
        ])
        let baseFile = closed(sections)
        let amendmentFile = closed([
            ("amendment", amendmentHeader),
            ("sources", .object([("type", .string("object")), ("additionalProperties", source)])),
            ("parameters", .object([("type", .string("object")), ("additionalProperties", parameterChange)])),
            ("rules", amendmentRules),
        ], required: ["amendment"])
        return .object([
            ("$schema", .string(CaseSchema.dialect)),
            ("$id", .string("https://civiclex.invalid/schema/rules.schema.json")),
            ("title", .string("CivicLex rule file or amendment (\(law.editionDescription))")),
            ("description", .string("A file of a rule set (sections merged across files) or an amendment overlay (`amendment:` header). Generated by `civiclex schema rules`.")),
            ("if", .object([("required", .strings(["amendment"]))])),
            ("then", amendmentFile),
            ("else", baseFile),
        ])
    }

    private static let text: JSONTree = .object([("type", .string("string"))])
    private static let number: JSONTree = .object([("type", .string("number"))])
    private static let integer: JSONTree = .object([("type", .string("integer"))])
    private static let boolean: JSONTree = .object([("type", .string("boolean"))])
    private static let scalarValue: JSONTree = .object([("type", .strings(["string", "boolean", "number"]))])
    private static let anyValue: JSONTree = .object([("description", .string("A value of the parameter's type."))])
    private static let stringList: JSONTree = .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))])

    private static func enumeration(_ values: [String]) -> JSONTree { .object([("enum", .strings(values))]) }

    private static func described(_ text: String, _ schema: JSONTree) -> JSONTree { CaseSchema.described(text, schema) }

    /// An object with exactly these keys.
    private static func closed(_ properties: [(String, JSONTree)], required: [String] = []) -> JSONTree {
        var members: [(String, JSONTree)] = [("type", .string("object")), ("properties", .object(properties))]
        if !required.isEmpty { members.append(("required", .strings(required))) }
        members.append(("additionalProperties", .bool(false)))
        return .object(members)
    }
}
