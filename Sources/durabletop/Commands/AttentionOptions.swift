import ArgumentParser
import HubKit

/// `--attention NAME=VALUE`, repeatable: attention thresholds over the connection's (or the defaults), by the
/// names of the connections file's `attention` table.
struct AttentionOptions: ParsableArguments {
    @Option(
        name: .customLong("attention"),
        help: ArgumentHelp(
            "An attention threshold, NAME=VALUE (repeatable); over the connection's.",
            discussion: AttentionSetting.allCases.map { setting in
                "\(setting.rawValue) (default \(setting.text(in: .standard))): \(setting.meaning)"
            }.joined(separator: "; "),
            valueName: "name=value"
        )
    )
    /// Each `--attention` given, as typed (`pending=10m`).
    var settings: [String] = []

    /// Refuses a malformed setting before anything starts.
    func validate() throws {
        _ = try thresholds(over: .standard)
    }

    /// `base` (a connection's thresholds, or the defaults) with every setting given applied.
    /// - Throws: `ValidationError` naming the setting and what its value must look like.
    func thresholds(over base: AttentionThresholds) throws -> AttentionThresholds {
        var thresholds = base
        for assignment in settings {
            let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            let names = AttentionSetting.allCases.map(\.rawValue).joined(separator: ", ")
            guard parts.count == 2, let setting = AttentionSetting(rawValue: parts[0]) else {
                throw ValidationError("--attention takes NAME=VALUE, NAME one of \(names).")
            }
            guard setting.set(parts[1], in: &thresholds) else {
                throw ValidationError("--attention \(setting.rawValue) must be \(setting.expected).")
            }
        }
        return thresholds
    }
}
