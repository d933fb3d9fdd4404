import DurableAPI
import Foundation

extension DashboardState {
    /// Asks the app to write the instance on screen, as the host returns it with its history and with every
    /// secret masked, to `path` (default `./ID.json`); `durabletop open` reads the file back.
    mutating func exportInstance(to path: String?, now: Date) -> [Effect] {
        guard case .instanceDetail(let detail) = current, let status = detail.status else {
            show("export: open an instance first", level: .warning, now: now)
            return []
        }
        let text = Redaction.standard.apply(status.json).prettyText + "\n"
        return [.export(path: path ?? Self.exportFileName(for: status.instanceId), text: text)]
    }

    /// `ID.json`, with every character but letters, digits, `.`, `-` and `_` as `_`.
    static func exportFileName(for instanceID: String) -> String {
        var name = ""
        for scalar in instanceID.unicodeScalars {
            let safe =
                scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar))
            name.unicodeScalars.append(safe ? scalar : "_")
        }
        return (name.isEmpty || name.hasPrefix(".") ? "instance" + name : name) + ".json"
    }

    /// Reports how writing an export went.
    public mutating func exported(to path: String, error: String?, now: Date) {
        if let error {
            show("export failed: \(error)", level: .error, now: now)
        } else {
            show("exported to \(path) (secrets masked)", level: .info, now: now)
        }
    }
}
