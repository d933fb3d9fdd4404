/// The hand-written, single-pass scanner behind ``FailureMessage/normalize(_:)``.
///
/// Rules, applied left to right:
/// - whitespace runs become one space; leading and trailing whitespace goes;
/// - a GUID (`8-4-4-4-12` hex digits) becomes `<guid>`;
/// - a word (letters, digits, `_`, and `.` between digits) made of digits is a number, `<n>` (`42`, `12.5`,
///   `10.0.0.4`); `0x` and hex digits, or eight or more hex digits with at least one digit, is `<hex>`; a word
///   starting with a digit has each digit run replaced (`500ms` → `<n>ms`); a word starting with a letter has
///   digit runs of three or more replaced (`order12345` → `order<n>`) and keeps short ones (`Int32`, `v2`);
/// - a quoted value (`'…'`, `"…"`, `‘…’`, `“…”`) becomes its quotes around `…`, except right after a naming
///   word (``nameWords``) or when it holds a space (a quoted sentence), where it is kept and scanned by these
///   rules;
/// - a URL (`scheme://…`) keeps its scheme, host and path words; path segments with a digit become `<n>`,
///   `<guid>`, `<hex>` or `<id>`, query values `<v>`, and a fragment `#<v>`.
struct MessageScanner {
    /// Words after which a quoted value is a name worth keeping (compared ignoring ASCII case).
    static let nameWords: [[Unicode.Scalar]] = [
        "activity", "entity", "event", "function", "operation", "orchestration", "orchestrator", "task", "type",
    ].map { Array($0.unicodeScalars) }

    /// The text being read.
    private let scalars: [Unicode.Scalar]
    /// The position of the next scalar to read.
    private var position = 0
    /// What has been written so far.
    private var output: [Unicode.Scalar] = []
    /// Whether the last thing written is one of ``nameWords``, followed by whitespace only.
    private var afterNameWord = false
    /// For each opening quote, the earliest position from which a search found no closing quote: the search
    /// from any later position fails too, so it is not repeated (this keeps the scan linear).
    private var unclosedFrom: [Unicode.Scalar: Int] = [:]
    /// For each opening quote, the closing quote the last search found: the scan only moves forward, so any
    /// opener before it closes there too, and the search is not repeated (this keeps the scan linear).
    private var closingFound: [Unicode.Scalar: Int] = [:]

    /// The most scalars of a text that are read; the normalised message is cut far shorter anyway.
    static let readLimit = 4_096

    /// The normalised form of `text` (one line).
    static func normalize(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var scanner = MessageScanner(scalars: text)
        scanner.output.reserveCapacity(text.count)
        scanner.run()
        return scanner.output
    }

    /// Starts a scanner over `scalars`.
    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Reads the whole text.
    private mutating func run() {
        var pendingSpace = false
        while position < scalars.count {
            let scalar = scalars[position]
            if ScalarClass.isWhitespace(scalar) {
                pendingSpace = true
                position += 1
                continue
            }
            if pendingSpace && !output.isEmpty {
                output.append(" ")
            }
            pendingSpace = false
            if let end = URLText.end(in: scalars, from: position) {
                URLText.append(scalars[position..<end], to: &output)
                position = end
                afterNameWord = false
            } else if ScalarClass.isWordScalar(scalar) {
                writeWord()
            } else if let close = closingQuote(opening: position) {
                writeQuote(closingAt: close)
            } else {
                output.append(scalar)
                position += 1
                afterNameWord = false
            }
        }
    }

    /// Writes the GUID or word starting at `position`, normalised.
    private mutating func writeWord() {
        if let end = ScalarClass.guidEnd(in: scalars[...], from: position) {
            output.append(contentsOf: "<guid>".unicodeScalars)
            position = end
            afterNameWord = false
            return
        }
        let end = ScalarClass.wordEnd(in: scalars[...], from: position)
        let word = scalars[position..<end]
        WordText.append(word, to: &output)
        afterNameWord = Self.isNameWord(word)
        position = end
    }

    /// Writes the quoted value opening at `position` and closing at `close`: kept (and scanned by these rules)
    /// when it names something or is a sentence of several words, as an inner exception message is; else its
    /// quotes around `…`.
    private mutating func writeQuote(closingAt close: Int) {
        let keepsName = afterNameWord || scalars[(position + 1)..<close].contains(" ")
        output.append(scalars[position])
        afterNameWord = false
        if keepsName {
            position += 1
            return
        }
        output.append("…")
        output.append(scalars[close])
        position = close + 1
    }

    /// The position of the quote closing one that opens at `start`, or `nil` when `start` opens no quoted value.
    ///
    /// A quote opens only after a non-word scalar (so the apostrophe of `doesn't` opens nothing); a straight
    /// single quote closes only before a non-word scalar.
    private mutating func closingQuote(opening start: Int) -> Int? {
        let opener = scalars[start]
        guard let closer = Self.closers[opener] else {
            return nil
        }
        if start > 0 && ScalarClass.isWordScalar(scalars[start - 1]) {
            return nil
        }
        if let unclosed = unclosedFrom[opener], unclosed <= start {
            return nil
        }
        if let found = closingFound[opener], found > start {
            return found
        }
        var index = start + 1
        while index < scalars.count {
            if scalars[index] == closer {
                let next = index + 1
                if closer != "'" || next == scalars.count || !ScalarClass.isWordScalar(scalars[next]) {
                    closingFound[opener] = index
                    return index
                }
            }
            index += 1
        }
        unclosedFrom[opener] = start
        return nil
    }

    /// Whether a word is one of ``nameWords``, ignoring ASCII case.
    private static func isNameWord(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        nameWords.contains { name in
            name.count == word.count
                && zip(name, word).allSatisfy {
                    $0 == $1 || (ScalarClass.isASCIILetter($1) && $0.value == $1.value | 0x20)
                }
        }
    }

    /// Opening quotes and the quote that closes each.
    private static let closers: [Unicode.Scalar: Unicode.Scalar] = [
        "'": "'", "\"": "\"", "\u{2018}": "\u{2019}", "\u{201C}": "\u{201D}",
    ]
}
