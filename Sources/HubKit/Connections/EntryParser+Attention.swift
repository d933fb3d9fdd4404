import ConfigFiles
import Foundation
import TOMLKit

extension EntryParser {
    /// Reads `[connections.NAME.attention]`: each ``AttentionSetting`` by its name, durations in quotes
    /// (`"5m"`, `"1h30m"`), `stalled-factor` and `burst-count` as numbers. Settings left out keep their
    /// ``AttentionThresholds/standard`` value.
    func attention(name: String, table: TOMLTable) throws(ConfigFileError) -> AttentionThresholds {
        var thresholds = AttentionThresholds.standard
        for field in table.keys {
            guard let setting = AttentionSetting(rawValue: field) else {
                let names = AttentionSetting.allCases.map(\.rawValue).joined(separator: ", ")
                throw attentionError(name: name, field: field, "unknown setting; use one of \(names)")
            }
            guard let value = table[field], let text = Self.text(of: value, for: setting.kind),
                setting.set(text, in: &thresholds)
            else {
                throw attentionError(name: name, field: field, "must be \(setting.expected)")
            }
        }
        return thresholds
    }

    /// The text of a TOML value of the type a setting's kind takes: a string for a duration, a number for a
    /// factor, a whole number for a count; `nil` for any other type.
    private static func text(of value: TOMLValueConvertible, for kind: AttentionSetting.Kind) -> String? {
        switch kind {
        case .duration: value.string
        case .factor: value.double.map { String($0) } ?? value.int.map { String($0) }
        case .count: value.int.map { String($0) }
        }
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
