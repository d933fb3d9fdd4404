/// Reads the fields of `yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|z|±HH:MM)` with range checks.
struct DateScanner {
    /// The fields of a timestamp as written (local to the written offset).
    struct Fields {
        /// The calendar date.
        var date: CivilDate
        /// Seconds since midnight of the whole `HH:mm:ss`.
        var secondOfDay: Int
        /// The fraction of the second.
        var nanoseconds = 0
        /// Offset east of UTC in seconds (`+02:00` → 7200).
        var offsetSeconds = 0
    }

    private let bytes: [UInt8]
    private var index = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Returns the fields, or `nil` when the text does not have the expected shape or a field is out of range.
    mutating func scan() -> Fields? {
        guard let year = digits(4), literal("-"), let month = digits(2), literal("-"), let day = digits(2),
            literal("T") || literal("t"), let hour = digits(2), literal(":"), let minute = digits(2), literal(":"),
            let second = digits(2)
        else {
            return nil
        }
        guard (1...12).contains(month), (1...CivilDate.daysInMonth(year: year, month: month)).contains(day),
            hour < 24, minute < 60, second < 60
        else {
            return nil
        }
        var fields = Fields(
            date: CivilDate(year: year, month: month, day: day),
            secondOfDay: hour * 3_600 + minute * 60 + second
        )
        if literal(".") {
            guard let nanoseconds = fraction() else {
                return nil
            }
            fields.nanoseconds = nanoseconds
        }
        guard let offset = zone(), index == bytes.count else {
            return nil
        }
        fields.offsetSeconds = offset
        return fields
    }

    /// 1–9 digits after the `.`, scaled to nanoseconds.
    private mutating func fraction() -> Int? {
        var value = 0
        var count = 0
        while index < bytes.count, let digit = digitValue(bytes[index]) {
            guard count < 9 else {
                return nil
            }
            value = value * 10 + digit
            count += 1
            index += 1
        }
        guard count > 0 else {
            return nil
        }
        for _ in count..<9 {
            value *= 10
        }
        return value
    }

    /// `Z`/`z` → 0, `±HH:MM` → signed seconds.
    private mutating func zone() -> Int? {
        if literal("Z") || literal("z") {
            return 0
        }
        let sign: Int
        if literal("+") {
            sign = 1
        } else if literal("-") {
            sign = -1
        } else {
            return nil
        }
        guard let hours = digits(2), literal(":"), let minutes = digits(2), hours < 24, minutes < 60 else {
            return nil
        }
        return sign * (hours * 3_600 + minutes * 60)
    }

    private mutating func digits(_ count: Int) -> Int? {
        guard index + count <= bytes.count else {
            return nil
        }
        var value = 0
        for offset in 0..<count {
            guard let digit = digitValue(bytes[index + offset]) else {
                return nil
            }
            value = value * 10 + digit
        }
        index += count
        return value
    }

    private mutating func literal(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else {
            return false
        }
        index += 1
        return true
    }

    private func digitValue(_ byte: UInt8) -> Int? {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
            return nil
        }
        return Int(byte - UInt8(ascii: "0"))
    }
}
