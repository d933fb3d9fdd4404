/// Picks the lines of a failure text that say what went wrong, leaving out stack traces.
///
/// A text is split into runs of message lines separated by trace lines; the first run is the message. This keeps
/// a .NET exception's text and its `---> Inner: …` lines before the first `   at …`, a JavaScript error's
/// first line, and a Python traceback's closing `ValueError: …` line (the `Traceback` header, its `File …` lines
/// and their indented code lines are trace lines).
enum MessageLines {
    /// The first run of non-blank, non-trace lines of `text`, each without its surrounding whitespace, joined by
    /// one space.
    static func meaningful(in text: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var kept: [Unicode.Scalar] = []
        var inPythonTraceback = false
        var lineStart = text.startIndex
        while lineStart < text.endIndex {
            var lineEnd = lineStart
            while lineEnd < text.endIndex && text[lineEnd] != "\n" && text[lineEnd] != "\r" {
                lineEnd += 1
            }
            var start = lineStart
            while start < lineEnd && ScalarClass.isWhitespace(text[start]) {
                start += 1
            }
            var end = lineEnd
            while end > start && ScalarClass.isWhitespace(text[end - 1]) {
                end -= 1
            }
            let line = text[start..<end]
            let indented = start != lineStart
            if starts(line, with: "Traceback (most recent call last)") {
                inPythonTraceback = true
            } else if isTrace(line, indented: indented) || (inPythonTraceback && indented) {
                if !kept.isEmpty {
                    return kept
                }
            } else if !line.isEmpty {
                inPythonTraceback = false
                if !kept.isEmpty {
                    kept.append(" ")
                }
                kept.append(contentsOf: line)
            }
            lineStart = lineEnd + 1
        }
        return kept
    }

    /// Whether a line (without its indentation) belongs to a stack trace: an indented `at …` frame (.NET,
    /// JavaScript, Java), a .NET `--- End of … ---` marker, or a Java `... 5 more`.
    private static func isTrace(_ line: ArraySlice<Unicode.Scalar>, indented: Bool) -> Bool {
        if indented && starts(line, with: "at ") {
            return true
        }
        if starts(line, with: "--- End of") {
            return true
        }
        return starts(line, with: "... ") && line.suffix(5).elementsEqual(" more".unicodeScalars)
    }

    /// Whether `line` begins with `prefix`.
    private static func starts(_ line: ArraySlice<Unicode.Scalar>, with prefix: String) -> Bool {
        line.starts(with: prefix.unicodeScalars)
    }
}
