/// Normalises one word of a failure message (see ``MessageScanner`` for the rules).
enum WordText {
    /// The least length of a run of hex digits read as an id.
    static let minimumHexLength = 8
    /// The least length of a digit run replaced inside a word that starts with a letter.
    static let minimumInnerNumberLength = 3

    /// Appends what the word becomes: `<n>`, `<hex>`, or itself with its variable digit runs replaced.
    static func append(_ word: ArraySlice<Unicode.Scalar>, to output: inout [Unicode.Scalar]) {
        if let placeholder = placeholder(for: word) {
            output.append(contentsOf: placeholder.unicodeScalars)
            return
        }
        let shortest = ScalarClass.isDigit(word[word.startIndex]) ? 1 : minimumInnerNumberLength
        var index = word.startIndex
        while index < word.endIndex {
            guard ScalarClass.isDigit(word[index]) else {
                output.append(word[index])
                index += 1
                continue
            }
            var end = index
            var digits = 0
            while end < word.endIndex && (ScalarClass.isDigit(word[end]) || word[end] == ".") {
                digits += ScalarClass.isDigit(word[end]) ? 1 : 0
                end += 1
            }
            if digits >= shortest {
                output.append(contentsOf: "<n>".unicodeScalars)
            } else {
                output.append(contentsOf: word[index..<end])
            }
            index = end
        }
    }

    /// `<n>` for a number, `<hex>` for a hex id, `<guid>` for a GUID, `nil` for any other word; also used for URL
    /// path segments.
    static func placeholder(for word: ArraySlice<Unicode.Scalar>) -> String? {
        if word.isEmpty {
            return nil
        }
        if word.allSatisfy({ ScalarClass.isDigit($0) || $0 == "." }) {
            return "<n>"
        }
        if word.count > 2 && word.first == "0" && (word.dropFirst().first == "x" || word.dropFirst().first == "X")
            && word.dropFirst(2).allSatisfy(ScalarClass.isHexDigit)
        {
            return "<hex>"
        }
        if word.count >= minimumHexLength && word.allSatisfy(ScalarClass.isHexDigit)
            && word.contains(where: ScalarClass.isDigit)
        {
            return "<hex>"
        }
        if ScalarClass.guidEnd(in: word, from: 0) == word.count {
            return "<guid>"
        }
        return nil
    }
}
