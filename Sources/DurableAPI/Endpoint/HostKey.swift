/// The host's system key (`durabletask_extension`) or master key.
///
/// Every textual form of this value (`description`, `debugDescription`, reflection) is masked, so printing an
/// endpoint or a request configuration by accident never shows the key.
public struct HostKey: Sendable, Hashable {
    /// The key text, sent only in the `x-functions-key` header.
    public let value: String

    /// Creates a key from its text, trimming surrounding whitespace and newlines (as read from a key file).
    public init(_ value: String) {
        self.value = value.trimmingWhitespace()
    }
}

extension HostKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Always the mask, never the key.
    public var description: String { Redaction.mask }
    /// Always the mask, never the key.
    public var debugDescription: String { Redaction.mask }
    /// A mirror without children, so `dump` shows no key.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace || first.isNewline {
            scalars = scalars.dropFirst()
        }
        while let last = scalars.last, last.isWhitespace || last.isNewline {
            scalars = scalars.dropLast()
        }
        return String(scalars)
    }
}
