import CCurses
import ScreenKit

/// Turns what ``InputReader`` reads into the dashboard's key events.
///
/// - Function-key codes (curses' `wgetch` decoding): arrows, PgUp/PgDn, Home/End (and the keypad's corners), Shift-Tab,
///   F1–F12, Backspace, Delete, Insert, keypad Enter, `KEY_RESIZE`.
/// - Characters: Tab, Enter (CR or LF), Backspace in all three spellings (8, 127, `KEY_BACKSPACE`), Ctrl-letters,
///   printable text. Other control codes (C0 and C1) are never passed on as text.
/// - Esc: curses reports a lone Esc after the escape delay. An Esc immediately followed by more input is an Alt
///   combination or a sequence curses does not know (a modified arrow on a terminal without that capability);
///   both are swallowed whole, so `Alt-q` never turns into "back, then quit".
enum KeyDecoder {
    /// Decodes one input; `next` reads the following input without waiting, for Esc sequences.
    static func decode(_ input: RawInput, next: () -> RawInput?) -> DecodedInput {
        switch input {
        case .keyCode(let code):
            return decode(keyCode: code)
        case .character(27):
            return decodeEscape(next: next)
        case .character(let code):
            return decode(character: code)
        }
    }

    /// Decodes a function-key code.
    static func decode(keyCode code: Int32) -> DecodedInput {
        if code == KEY_RESIZE {
            return .resize
        }
        if let key = functionKeys[code] {
            return .key(key)
        }
        for number in 1...12 where code == dt_key_f(Int32(number)) {
            return .key(.function(number))
        }
        return .ignored
    }

    /// Decodes a character code other than Esc.
    static func decode(character code: UInt32) -> DecodedInput {
        switch code {
        case 9:
            return .key(.tab)
        case 10, 13:
            return .key(.enter)
        case 8, 127:
            return .key(.backspace)
        case 26:
            return .suspend
        case 1...26:
            return .key(.control(Character(Unicode.Scalar(UInt8(code + 96)))))
        case 0..<32, 128..<160:
            return .ignored
        default:
            guard let scalar = Unicode.Scalar(code) else {
                return .ignored
            }
            return .key(.character(Character(scalar)))
        }
    }

    /// Decides between a lone Esc and Esc followed by more input (Alt-key or an unknown sequence).
    private static func decodeEscape(next: () -> RawInput?) -> DecodedInput {
        guard let following = next() else {
            return .key(.escape)
        }
        switch following {
        case .character(91), .character(79):
            swallowSequence(next: next)
            return .ignored
        case .character(27):
            return .key(.escape)
        default:
            return .ignored
        }
    }

    /// Reads and drops the rest of a CSI or SS3 sequence: parameter bytes up to and including the final byte.
    private static func swallowSequence(next: () -> RawInput?) {
        for _ in 0..<32 {
            guard case .character(let code) = next() else {
                return
            }
            if code >= 0x40, code <= 0x7E {
                return
            }
        }
    }

    /// Function-key codes with a direct meaning.
    private static let functionKeys: [Int32: KeyEvent] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
        KEY_HOME: .home, KEY_A1: .home, KEY_END: .end, KEY_C1: .end, KEY_LL: .end,
        KEY_A3: .pageUp, KEY_C3: .pageDown,
        KEY_BTAB: .backTab, KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_IC: .insert, KEY_ENTER: .enter,
    ]
}
