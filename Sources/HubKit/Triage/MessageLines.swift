/// Picks the lines of a failure text that say what went wrong, leaving out stack traces.
///
/// A text is split into runs of message lines separated by trace lines; the first run is the message. This keeps
/// a .NET exception's text and its `---> Inner: …` lines before the first `   at …`, a JavaScript error's
/// first line, and a Python traceback's closing `ValueError: …` line (the `Traceback` header, its `File …` lines
/// and their indented code lines are trace lines).
enum MessageLines {
    /// The first run of non-blank, non-trace lines of `text`, without surrounding whitespace.
    static func meaningful(in text: String) -> [Substring] {
        var kept: [Substring] = []
        var inPythonTraceback = false
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let trimmed = line.drop(while: \.isWhitespace)
            let indented = trimmed.startIndex != line.startIndex
            if trimmed.hasPrefix("Traceback (most recent call last)") {
                inPythonTraceback = true
            } else if isTrace(trimmed, indented: indented) || (inPythonTraceback && indented) {
                if !kept.isEmpty {
                    return kept
                }
            } else if !trimmed.allSatisfy(\.isWhitespace) {
                inPythonTraceback = false
                kept.append(trimmed.trimmingSuffixWhitespace())
            }
        }
        return kept
    }

    /// Whether a line (without its indentation) belongs to a stack trace: an indented `at …` frame (.NET,
    /// JavaScript, Java), a .NET `--- End of … ---` marker, or a Java `... 5 more`.
    private static func isTrace(_ line: Substring, indented: Bool) -> Bool {
        if indented && line.hasPrefix("at ") {
            return true
        }
        if line.hasPrefix("--- End of") {
            return true
        }
        return line.hasPrefix("... ") && line.hasSuffix(" more")
    }
}

extension Substring {
    /// The text without trailing whitespace.
    fileprivate func trimmingSuffixWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
