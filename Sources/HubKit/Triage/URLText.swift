/// Finds and normalises URLs in failure messages: scheme, host and path words stay; what varies goes.
enum URLText {
    /// Scalars that end a URL.
    private static let terminators: Set<Unicode.Scalar> = [
        "\"", "'", "<", ">", "(", ")", "[", "]", "{", "}", "`", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}",
    ]
    /// Scalars that end a sentence rather than a URL when they come last.
    private static let trailingPunctuation: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?"]

    /// The end of a URL (`letters://…`) starting at `start`, without trailing punctuation; `nil` when none starts
    /// there.
    static func end(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < scalars.count && ScalarClass.isASCIILetter(scalars[index]) {
            index += 1
        }
        guard index > start, index + 3 < scalars.count, scalars[index] == ":", scalars[index + 1] == "/",
            scalars[index + 2] == "/"
        else {
            return nil
        }
        if start > 0 && ScalarClass.isWordScalar(scalars[start - 1]) {
            return nil
        }
        index += 3
        while index < scalars.count && !ScalarClass.isWhitespace(scalars[index])
            && !terminators.contains(scalars[index])
        {
            index += 1
        }
        while trailingPunctuation.contains(scalars[index - 1]) {
            index -= 1
        }
        return index
    }

    /// Appends the URL with variable path segments, query values and fragment replaced.
    static func append(_ url: ArraySlice<Unicode.Scalar>, to output: inout [Unicode.Scalar]) {
        var index = url.startIndex
        var slashes = 0
        while index < url.endIndex && slashes < 3 {
            if url[index] == "/" {
                slashes += 1
                if slashes == 3 {
                    break
                }
            } else if slashes == 2 && (url[index] == "?" || url[index] == "#") {
                break
            }
            output.append(url[index])
            index += 1
        }
        var part = Part.path
        var segmentStart = index
        while index <= url.endIndex {
            let scalar = index < url.endIndex ? url[index] : nil
            let separator = scalar.map { part.separators.contains($0) } ?? true
            if separator {
                output.append(contentsOf: part.normalize(url[segmentStart..<index]).unicodeScalars)
                if let scalar {
                    output.append(scalar)
                    part = part.next(after: scalar)
                }
                segmentStart = index + 1
            }
            index += 1
        }
    }

    /// The part of a URL being read after its host.
    private enum Part {
        /// Path segments, split by `/`.
        case path
        /// A query key, up to `=` or `&`.
        case queryKey
        /// A query value, up to `&`.
        case queryValue
        /// The fragment after `#`.
        case fragment

        /// The scalars that end a piece of this part.
        var separators: Set<Unicode.Scalar> {
            switch self {
            case .path: ["/", "?", "#"]
            case .queryKey: ["=", "&", "#"]
            case .queryValue: ["&", "#"]
            case .fragment: []
            }
        }

        /// The part after a separator.
        func next(after separator: Unicode.Scalar) -> Part {
            switch separator {
            case "?", "&": .queryKey
            case "=": .queryValue
            case "#": .fragment
            default: self
            }
        }

        /// A piece of this part, normalised: a path segment or query key with a digit becomes a placeholder,
        /// a query value or fragment becomes `<v>`.
        func normalize(_ piece: ArraySlice<Unicode.Scalar>) -> String {
            if piece.isEmpty {
                return ""
            }
            switch self {
            case .path, .queryKey:
                guard piece.contains(where: ScalarClass.isDigit) else {
                    return String(String.UnicodeScalarView(piece))
                }
                return self == .path ? (WordText.placeholder(for: piece) ?? "<id>") : "<v>"
            case .queryValue, .fragment:
                return "<v>"
            }
        }
    }
}
