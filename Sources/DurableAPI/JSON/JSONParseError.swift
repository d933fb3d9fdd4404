/// Why a text is not valid JSON, with the byte offset (from 0) where the problem was found.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Offset of the offending byte in the UTF-8 input.
    public let offset: Int
    /// What was wrong, for example `expected ':' after object key`.
    public let reason: String

    /// `invalid JSON at byte <offset>: <reason>`.
    public var description: String {
        "invalid JSON at byte \(offset): \(reason)"
    }
}
