import CCurses

/// Reads input from a curses window without waiting: function keys as curses decodes them, and text assembled from
/// UTF-8 bytes here, so a character whose bytes arrive in two reads (a slow SSH link) is kept whole.
///
/// `wget_wch` cannot be used for that: in no-delay mode it drops the bytes of a character it has only half read,
/// and the character after it.
final class InputReader {
    /// Reads one code without waiting: a byte, a function-key code, or `ERR` when nothing is ready.
    private let read: () -> Int32
    /// The bytes of a character begun but not finished.
    private var pending: [UInt8] = []

    /// Reads from `window`, which must be in no-delay mode with keypad decoding on.
    convenience init(window: UnsafeMutablePointer<WINDOW>) {
        self.init(read: { wgetch(window) })
    }

    /// Reads codes from `read`, which returns what `wgetch` would: a byte, a function-key code, or `ERR`.
    init(read: @escaping () -> Int32) {
        self.read = read
    }

    /// The next input, or `nil` when none is ready (a half-read character waits for the next call).
    func next() -> RawInput? {
        while true {
            let code = read()
            if code == ERR {
                return nil
            }
            if code > 0xFF {
                pending.removeAll()
                return .keyCode(code)
            }
            let byte = UInt8(code)
            if !pending.isEmpty, byte & 0xC0 != 0x80 {
                pending.removeAll()
            }
            if pending.isEmpty, byte < 0x80 {
                return .character(UInt32(byte))
            }
            pending.append(byte)
            switch Self.decode(pending) {
            case .complete(let scalar):
                pending.removeAll()
                return .character(scalar.value)
            case .invalid:
                pending.removeAll()
            case .incomplete:
                continue
            }
        }
    }

    /// What a run of bytes is, read as the start of one UTF-8 character.
    private enum Decoded {
        case complete(Unicode.Scalar)
        case incomplete
        case invalid
    }

    private static func decode(_ bytes: [UInt8]) -> Decoded {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar):
            return .complete(scalar)
        case .emptyInput:
            return .incomplete
        case .error:
            return expectedLength(of: bytes[0]).map { bytes.count < $0 && continuationsOnly(bytes) } == true
                ? .incomplete : .invalid
        }
    }

    /// How many bytes a character starting with `lead` has, or `nil` for a byte that cannot start one.
    private static func expectedLength(of lead: UInt8) -> Int? {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: nil
        }
    }

    /// Whether every byte after the first is a continuation byte.
    private static func continuationsOnly(_ bytes: [UInt8]) -> Bool {
        bytes.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
    }
}
