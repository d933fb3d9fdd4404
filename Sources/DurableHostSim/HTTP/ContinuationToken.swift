import Foundation

/// Opaque continuation tokens: the base64 of the last instance ID a page examined, so a token stays valid when
/// rows are inserted or removed before or after it.
enum ContinuationToken {
    /// A decoded request token: `lastId` is `nil` for the first page.
    struct Position {
        /// The ID to resume after.
        var lastId: String?
    }

    /// The token for resuming after `lastId`.
    static func encode(_ lastId: String) -> String {
        Data(("sim1:" + lastId).utf8).base64EncodedString()
    }

    /// Decodes a request header value; absent or empty = first page; `nil` = not a token this host issued.
    static func decode(_ header: String?) -> Position? {
        guard let header, !header.trimmingCharacters(in: .whitespaces).isEmpty else {
            return Position(lastId: nil)
        }
        guard let data = Data(base64Encoded: header.trimmingCharacters(in: .whitespaces)),
            let text = String(data: data, encoding: .utf8), text.hasPrefix("sim1:")
        else {
            return nil
        }
        return Position(lastId: String(text.dropFirst(5)))
    }
}
