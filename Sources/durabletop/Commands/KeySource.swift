import DurableAPI
import Foundation

/// Reads a key the same way for every subcommand: the first non-empty line of `--key-file` (surrounding blanks
/// removed), else an environment variable, else none. A key is never taken from a plain option, so it stays out
/// of `ps` and shell history.
enum KeySource {
    /// The key text, or `nil` when there is no key file and the variable is unset or blank.
    ///
    /// - Throws: ``KeyFileError`` when the key file cannot be read or holds no key.
    static func read(keyFile: String?, environmentVariable: String) throws(KeyFileError) -> String? {
        if let keyFile {
            guard let text = try? String(contentsOfFile: keyFile, encoding: .utf8) else {
                throw .unreadable(keyFile)
            }
            let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            let key = firstLine.trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else {
                throw .empty(keyFile)
            }
            return key
        }
        let fromEnvironment = ProcessInfo.processInfo.environment[environmentVariable] ?? ""
        let key = fromEnvironment.trimmingCharacters(in: .whitespacesAndNewlines)
        return key.isEmpty ? nil : key
    }

    /// The host key for a real host: `--key-file`, else `DURABLETOP_KEY`, else none (a `code=` in the URL is
    /// still honoured by discovery).
    static func hostKey(keyFile: String?) throws(KeyFileError) -> HostKey? {
        try read(keyFile: keyFile, environmentVariable: "DURABLETOP_KEY").map(HostKey.init)
    }
}
