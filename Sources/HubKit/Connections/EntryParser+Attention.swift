import ConfigFiles
import Foundation
import TOMLKit

extension EntryParser {
    /// The settings of an `attention` table.
    static let attentionFields: Set<String> = [
        "pending", "stalled-factor", "stalled-floor", "suspended", "burst-count", "burst-span",
    ]

    /// Reads `[connections.NAME.attention]`: `pending`, `stalled-floor`, `suspended` and `burst-span` are
    /// durations (`"5m"`, `"1h30m"`, see ``DurationText/parse(_:)``), `stalled-factor` a positive number and
    /// `burst-count` a whole number of at least 2. Settings left out keep their ``AttentionThresholds/standard``
    /// value.
    func attention(name: String, table: TOMLTable) throws(ConfigFileError) -> AttentionThresholds {
        for field in table.keys where !Self.attentionFields.contains(field) {
            throw attentionError(
                name: name,
                field: field,
                "unknown setting; use pending, stalled-factor, stalled-floor, suspended, burst-count or burst-span"
            )
        }
        var thresholds = AttentionThresholds.standard
        thresholds.pending = try duration("pending", in: table, name: name) ?? thresholds.pending
        thresholds.stalledFloor = try duration("stalled-floor", in: table, name: name) ?? thresholds.stalledFloor
        thresholds.suspended = try duration("suspended", in: table, name: name) ?? thresholds.suspended
        thresholds.burstSpan = try duration("burst-span", in: table, name: name) ?? thresholds.burstSpan
        if let value = table["stalled-factor"] {
            guard let factor = value.double ?? value.int.map(Double.init), factor.isFinite, factor > 0 else {
                throw attentionError(name: name, field: "stalled-factor", "must be a positive number, like 3 or 2.5")
            }
            thresholds.stalledFactor = factor
        }
        if let value = table["burst-count"] {
            guard let count = value.int, count >= 2 else {
                throw attentionError(name: name, field: "burst-count", "must be a whole number of at least 2")
            }
            thresholds.burstCount = count
        }
        return thresholds
    }

    /// The duration `field` holds, `nil` when the table leaves it out.
    private func duration(_ field: String, in table: TOMLTable, name: String) throws(ConfigFileError) -> TimeInterval? {
        guard let value = table[field] else {
            return nil
        }
        guard let text = value.string, let seconds = DurationText.parse(text) else {
            throw attentionError(
                name: name,
                field: field,
                "must be a positive duration in quotes, like \"90s\", \"5m\", \"2h\", \"1d\" or \"1h30m\""
            )
        }
        return seconds
    }

    /// An error for `field` of the attention table of the entry `name`, at that field's line (or the table's).
    private func attentionError(name: String, field: String, _ message: String) -> ConfigFileError {
        let locator = TOMLLocator(text: text)
        let header = locator.header(["connections", name, "attention"])
        let line = header.flatMap { locator.assignment(field, inTableAt: $0) } ?? header ?? line(name: name, field: nil)
        return ConfigFileError(
            file: file,
            line: line,
            key: "connections.\(name).attention.\(field)",
            message: message
        )
    }
}
