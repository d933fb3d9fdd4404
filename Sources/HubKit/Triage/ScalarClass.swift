/// Scalar tests and run finders shared by the failure-message scanners.
enum ScalarClass {
    /// Whether a scalar is an ASCII digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// Whether a scalar is an ASCII hex digit (either case).
    static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x46, 0x61...0x66: true
        default: false
        }
    }

    /// Whether a scalar is an ASCII letter (either case).
    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        let lower = scalar.value | 0x20
        return scalar.isASCII && lower >= 0x61 && lower <= 0x7A
    }

    /// Whether a scalar is whitespace (Unicode's definition, with an ASCII fast path).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
        }
        return scalar.properties.isWhitespace
    }

    /// Whether a scalar belongs in a word: a letter or digit of any script, or `_`.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return isDigit(scalar) || isASCIILetter(scalar) || scalar == "_"
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The end of the word starting at `start`: word scalars, and `.` between two digits.
    static func wordEnd(in scalars: ArraySlice<Unicode.Scalar>, from start: Int) -> Int {
        let base = scalars.startIndex
        var index = start
        while index < scalars.count {
            let scalar = scalars[base + index]
            if isWordScalar(scalar) {
                index += 1
            } else if scalar == ".", index > start, index + 1 < scalars.count,
                isDigit(scalars[base + index - 1]), isDigit(scalars[base + index + 1])
            {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// The end of a GUID (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`) starting at `start` and not followed by a word
    /// scalar, or `nil` when there is none.
    static func guidEnd(in scalars: ArraySlice<Unicode.Scalar>, from start: Int) -> Int? {
        let base = scalars.startIndex
        let end = start + 36
        guard end <= scalars.count else {
            return nil
        }
        for offset in 0..<36 {
            let scalar = scalars[base + start + offset]
            let isDash = offset == 8 || offset == 13 || offset == 18 || offset == 23
            if isDash ? scalar != "-" : !isHexDigit(scalar) {
                return nil
            }
        }
        if end < scalars.count && isWordScalar(scalars[base + end]) {
            return nil
        }
        return end
    }
}
