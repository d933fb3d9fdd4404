import ScreenKit

/// A one-line prompt at the bottom of the screen: the `:` command line or the `/` filter.
public struct Prompt: Hashable, Sendable {
    /// Which prompt this is.
    public enum Kind: Hashable, Sendable {
        /// `:` commands.
        case command
        /// `/` filter of the current list.
        case filter
    }

    /// Which prompt this is.
    public var kind: Kind
    /// The text typed so far.
    public var text: String

    /// Creates a prompt with initial text.
    public init(kind: Kind, text: String = "") {
        self.kind = kind
        self.text = text
    }

    /// The prompt character shown before the text.
    public var symbol: String { kind == .command ? ":" : "/" }

    /// Applies an editing key; returns `false` when the key is not an editing key.
    public mutating func edit(_ key: KeyEvent) -> Bool {
        switch key {
        case .character(let character):
            text.append(character)
        case .backspace, .delete:
            if !text.isEmpty {
                text.removeLast()
            }
        case .control("u"):
            text = ""
        default:
            return false
        }
        return true
    }
}
