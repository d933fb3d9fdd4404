/// The distinct sort texts a build of a ``RowOrder`` meets, numbered in the order they first come, for as long as
/// they stay few enough to rank.
///
/// Each row's text is looked up once, here; the texts are ranked once the build has met them all, and each row's
/// number then leads to its rank through an array, so that ranking 100,000 rows sorts only their few distinct texts.
/// While the texts met are at most ``comparedCount`` (a hub's orchestrator names, the statuses), a text is found by
/// comparing it with each, which costs less than hashing it: hashing each row's text was a tenth of a re-sort by name.
struct TextNumbering {
    /// The distinct texts numbered, by number (after an overflow, those numbered before it).
    private(set) var texts: [String] = []
    /// The number of each text met.
    private var numbers: [String: Int] = [:]
    /// The most distinct texts it numbers.
    let limit: Int
    /// Whether more than ``limit`` distinct texts came: the texts are too many to rank.
    private(set) var overflowed = false

    /// The most texts met that a text is compared with one by one before the numbering hashes it instead.
    static let comparedCount = 16

    /// Numbers at most `limit` distinct texts.
    init(limit: Int) {
        self.limit = limit
    }

    /// The number of `text`, numbering it when new; `nil` once more than ``limit`` distinct texts have come.
    mutating func number(of text: String) -> Int? {
        guard !overflowed else {
            return nil
        }
        if texts.count <= Self.comparedCount {
            if let number = texts.firstIndex(of: text) {
                return number
            }
        } else if let number = numbers[text] {
            return number
        }
        guard texts.count < limit else {
            overflowed = true
            numbers = [:]
            return nil
        }
        numbers[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }
}
