/// A key press, as the terminal layer decodes it.
public enum KeyEvent: Hashable, Sendable, CustomStringConvertible {
    /// A printable character (letters, digits, punctuation, space, any Unicode character typed).
    case character(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Enter / Return.
    case enter
    /// Escape (a bare Esc, after the terminal's escape delay).
    case escape
    /// Tab.
    case tab
    /// Shift-Tab (back tab).
    case backTab
    /// Backspace.
    case backspace
    /// Delete (forward delete).
    case delete
    /// Insert.
    case insert
    /// Ctrl plus a letter, given in lower case (`.control("r")` is Ctrl-R). Ctrl-C arrives as `.control("c")`.
    case control(Character)
    /// A function key, F1 to F12.
    case function(Int)

    /// The key's name as help and the hint line show it (`j`, `Enter`, `Ctrl-R`, `PgDn`, `F1`).
    public var description: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .up: "\u{2191}"
        case .down: "\u{2193}"
        case .left: "\u{2190}"
        case .right: "\u{2192}"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .insert: "Ins"
        case .control(let character): "Ctrl-" + String(character).uppercased()
        case .function(let number): "F\(number)"
        }
    }

    /// The key's name using ASCII only (arrows spelled out), for the ASCII fallback.
    public var asciiDescription: String {
        switch self {
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        default: description
        }
    }

    /// The key's name as a screen shows it: ``asciiDescription`` on an ASCII-only screen, else ``description``.
    public func name(asciiOnly: Bool) -> String {
        asciiOnly ? asciiDescription : description
    }
}
