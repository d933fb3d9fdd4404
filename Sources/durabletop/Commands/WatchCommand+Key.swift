import DurableAPI
import Foundation

extension WatchCommand {
    /// The host key: the first line of `--key-file`, else the `DURABLETOP_KEY` environment variable, else none
    /// (a `code=` in the URL is still honoured by discovery). The key is never accepted as a plain option, so it
    /// does not show up in `ps` or shell history.
    func loadKey() throws(WatchError) -> HostKey? {
        if let keyFile {
            guard let text = try? String(contentsOfFile: keyFile, encoding: .utf8) else {
                throw .unreadableKeyFile(keyFile)
            }
            let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            let key = firstLine.trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else {
                throw .emptyKeyFile(keyFile)
            }
            return HostKey(key)
        }
        let fromEnvironment = ProcessInfo.processInfo.environment["DURABLETOP_KEY"] ?? ""
        let key = fromEnvironment.trimmingCharacters(in: .whitespacesAndNewlines)
        return key.isEmpty ? nil : HostKey(key)
    }
}
