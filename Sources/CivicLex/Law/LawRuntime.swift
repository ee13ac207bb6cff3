/// The dated tables expressions read while evaluating: parameters, the MCI and the calendar.
public struct LawRuntime: Sendable {
    public let parameters: [Parameter]
    public let mciValues: [(from: Day, value: Int, status: VerificationStatus)]
    public let calendar: WorkingCalendar

    func parameterValue(_ index: Int, on day: Day) -> Value? {
        parameters[index].valueIndex(on: day).map { parameters[index].values[$0].value }
    }

    /// The MCI (monthly calculation index) for fines and taxes in force on `day`.
    public func mci(on day: Day) -> Int? {
        mciValues.last { $0.from <= day }?.value
    }

    public func mciStatus(on day: Day) -> VerificationStatus? {
        mciValues.last { $0.from <= day }?.status
    }
}
