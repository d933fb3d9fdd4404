/// Why `--key-file` gave no key; printed plainly before anything else happens.
enum KeyFileError: Error, CustomStringConvertible {
    /// The file cannot be read.
    case unreadable(String)
    /// The file holds no key.
    case empty(String)

    /// A one-line message.
    var description: String {
        switch self {
        case .unreadable(let path):
            "cannot read the key file \(path)"
        case .empty(let path):
            "the key file \(path) is empty"
        }
    }
}
