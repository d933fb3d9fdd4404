import Foundation

extension RuntimeStatus {
    /// Parses one piece of a `runtimeStatus` query value with the host's `Enum.TryParse` rules (§1.3):
    /// surrounding whitespace is ignored, names are case-sensitive (`running` fails), and integer strings are
    /// accepted (`0` is Running; an undefined number such as `42` parses and matches no instance).
    /// Returns `nil` when the piece does not parse.
    public init?(hostEnumText text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            return nil
        }
        if let number = Int(trimmed) {
            self.init(numericValue: number)
            return
        }
        if trimmed == "Unknown" {
            self = .unknown("Unknown")
            return
        }
        let status = RuntimeStatus(name: trimmed)
        guard case .unknown = status else {
            self = status
            return
        }
        return nil
    }

    /// Parses every occurrence of the `runtimeStatus` query parameter as the host does: each occurrence is split
    /// on `,`, each piece parsed by `init?(hostEnumText:)`, unparsable pieces are skipped.
    ///
    /// - Returns: the parsed statuses, or `nil` when no piece parsed, which on the host means
    ///   "apply no status filter at all" (§9 item 2).
    public static func parseQueryFilter(_ occurrences: [String]) -> Set<RuntimeStatus>? {
        var statuses = Set<RuntimeStatus>()
        for occurrence in occurrences {
            for piece in occurrence.split(separator: ",", omittingEmptySubsequences: false) {
                if let status = RuntimeStatus(hostEnumText: String(piece)) {
                    statuses.insert(status)
                }
            }
        }
        return statuses.isEmpty ? nil : statuses
    }
}
