/// One CSV line built as bytes: each cell is appended after its comma, and the line becomes a
/// `String` once, at the end. Cells arrive already quoted (``ReportCells/csv(_:)``).
struct CSVLine {
    private var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Text with no separator before it: the first cell.
    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func cell(_ text: String) {
        bytes.append(UInt8(ascii: ","))
        bytes.append(contentsOf: text.utf8)
    }

    mutating func cell(_ number: Int) { cell(String(number)) }

    /// The line with its newline.
    consuming func finished() -> String {
        bytes.append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }
}
