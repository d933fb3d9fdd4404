import DurableAPI

/// The failure text of a Failed instance, and its normalised form: the message of a failure cluster.
///
/// Normalising keeps the words and replaces what varies between occurrences of one failure (numbers, GUIDs, hex
/// ids, quoted values, the variable parts of URLs) with placeholders, so that texts differing only there fall into
/// one cluster. Quoted names after words such as `function`, `activity` or `type` are kept: they tell failures
/// apart.
public enum FailureMessage {
    /// The cluster message of a failure without text.
    public static let missing = "(no failure message)"

    /// The most scalars a normalised message keeps; longer ones end in `…`.
    public static let maximumLength = 200

    /// The keys of a failure object whose string value is its message, in order of preference.
    private static let messageKeys = ["ErrorMessage", "errorMessage", "message", "Message"]

    /// The failure text of an instance: its `output` when that is a string; the message field of an object
    /// (`ErrorMessage` of isolated workers' failure details, else `errorMessage`, `message`, `Message`); else the
    /// compact JSON of any other value. `nil` when the output is null or its text is blank.
    public static func text(of instance: OrchestrationStatus) -> String? {
        text(of: instance.output)
    }

    /// The failure text held by an `output` value, by the rules of the instance form.
    public static func text(of output: JSONValue) -> String? {
        let text: String
        switch output {
        case .null:
            return nil
        case .string(let string):
            text = string
        case .object(let members):
            text = messageKeys.lazy.compactMap { members[$0]?.stringValue }.first ?? output.compactText
        default:
            text = output.compactText
        }
        return text.unicodeScalars.allSatisfy(ScalarClass.isWhitespace) ? nil : text
    }

    /// The normalised form of a failure text: its first meaningful lines without stack traces, joined by one space,
    /// with variable parts replaced (see ``MessageScanner``) and cut to ``maximumLength`` scalars. The host's
    /// wrapper, `Orchestrator function 'NAME' failed: `, goes: the cluster names its orchestrator already. Only
    /// the first ``MessageScanner/readLimit`` scalars are read.
    ///
    /// Runs in time linear in the text's length.
    public static func normalize(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars.prefix(MessageScanner.readLimit))
        let normalized = MessageScanner.normalize(MessageLines.meaningful(in: unwrapped(scalars[...])))
        if normalized.isEmpty {
            return missing
        }
        if normalized.count <= maximumLength {
            return string(normalized[...])
        }
        return string(normalized.prefix(maximumLength - 1)) + "…"
    }

    /// The text after the host's `Orchestrator function 'NAME' failed: ` wrapper, or the whole text without one.
    static func unwrapped(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        let opening = Array("Orchestrator function '".unicodeScalars)
        let closing = Array("' failed: ".unicodeScalars)
        guard scalars.starts(with: opening) else {
            return scalars
        }
        var index = scalars.startIndex + opening.count
        while index + closing.count <= scalars.endIndex {
            if scalars[index] == "\n" {
                return scalars
            }
            if scalars[index..<(index + closing.count)].elementsEqual(closing) {
                return scalars[(index + closing.count)...]
            }
            index += 1
        }
        return scalars
    }

    /// The text of scalars, built from their UTF-8 bytes (faster than appending scalars to a string).
    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 4)
        for scalar in scalars {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
