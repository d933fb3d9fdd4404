import Foundation

/// The host's parsing of `runtimeStatus` (§1.3): every occurrence split on `,`, each piece `Enum.TryParse`d
/// case-sensitively (whitespace tolerated, numbers accepted); unparsable pieces are skipped and when nothing
/// parses there is no filter at all.
enum RuntimeStatusQuery {
    private static let values: [String: Int] = [
        "Unknown": -1, "Running": 0, "Completed": 1, "ContinuedAsNew": 2, "Failed": 3, "Canceled": 4,
        "Terminated": 5, "Pending": 6, "Suspended": 7,
    ]

    /// The accepted status values, or `nil` for "no filter".
    static func parse(_ occurrences: [String]) -> Set<Int>? {
        var result: Set<Int> = []
        for occurrence in occurrences {
            for piece in occurrence.split(separator: ",", omittingEmptySubsequences: false) {
                let trimmed = piece.trimmingCharacters(in: .whitespaces)
                if let value = values[trimmed] {
                    result.insert(value)
                } else if let number = Int(trimmed) {
                    result.insert(number)
                }
            }
        }
        return result.isEmpty ? nil : result
    }
}
